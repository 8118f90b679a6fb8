import { getDb } from "@/db/client";
import { ViewRecorder } from "./view-recorder";

const globalForViews = globalThis as typeof globalThis & { __mastheadViewRecorder?: ViewRecorder };

/**
 * The process's one view recorder. It is kept on globalThis because Next
 * bundles route code into several module graphs, and two recorders would
 * each dedupe only half the reads.
 *
 * On SIGTERM/SIGINT (and before a quiet exit) it writes what is buffered.
 * Next's own SIGTERM handler exits once the server has closed; the views
 * route also hands each batch's write to `after()`, which Next waits for on
 * close, so the last counts are written before the process ends.
 */
export function getViewRecorder(): ViewRecorder {
  if (!globalForViews.__mastheadViewRecorder) {
    const flushIntervalMs = Number(process.env.MASTHEAD_VIEWS_FLUSH_MS) || undefined;
    const recorder = new ViewRecorder({ database: getDb, flushIntervalMs });
    const flushNow = () => void recorder.flush();
    process.once("SIGTERM", flushNow);
    process.once("SIGINT", flushNow);
    process.once("beforeExit", flushNow);
    globalForViews.__mastheadViewRecorder = recorder;
  }
  return globalForViews.__mastheadViewRecorder;
}
