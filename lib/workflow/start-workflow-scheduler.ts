import { getDb } from "@/db/client";
import { requestPublicRevalidation } from "./internal-revalidation";
import { schedulerIntervalFromEnv, startScheduler } from "./scheduler";
import type { PublicChange } from "./unsafe-apply-transition";

const RETRIES = 5;
const RETRY_DELAY_MS = 2_000;

/**
 * Asks the server to rebuild a story's public pages, retrying for a few
 * seconds: a catch-up run right after a restart can finish before the server
 * listens. If it never succeeds the pages still refresh on their own, since
 * they revalidate every 60 seconds.
 */
async function revalidateWithRetry(change: PublicChange): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await requestPublicRevalidation(change);
      return;
    } catch (error) {
      if (attempt >= RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  }
}

/** Starts this process's scheduler of publications (lib/server/start-server.ts calls it once). */
export function startWorkflowScheduler(): void {
  startScheduler({ getDb, onPublicChange: revalidateWithRetry, intervalMs: schedulerIntervalFromEnv() });
}
