import { listSecurityHeaders } from "@/lib/http/response-headers";
import { answerViewBeacon, VIEW_BEACON_HEADERS, type ViewBeaconAnswer } from "./answer-view-beacon";
import { getViewRecorder } from "./view-recorder-instance";
import { MAX_VIEW_BODY_BYTES } from "./view-request";

/**
 * What the production server's fast path for view beacons
 * (lib/server/view-beacon-fast-path.mjs) finds on globalThis under
 * Symbol.for("masthead.view-beacon"): the same answer as the views route,
 * the headers that route's answers carry, and the recorder's flush for
 * shutdown. The server runs outside Next's bundles, so this is how it reaches
 * the process's one recorder.
 */
export type ViewBeaconHook = {
  maxBodyBytes: number;
  headers: Record<string, string>;
  answer(headers: Headers, readBody: () => Promise<string>): Promise<ViewBeaconAnswer>;
  flush(): Promise<void>;
};

export const VIEW_BEACON_HOOK = Symbol.for("masthead.view-beacon");

/** Called once the server has started (lib/server/start-server.ts). */
export function exposeViewBeacon(isDev: boolean): void {
  const headers: Record<string, string> = { ...VIEW_BEACON_HEADERS };
  for (const { key, value } of listSecurityHeaders(isDev)) headers[key] = value;
  const hook: ViewBeaconHook = {
    maxBodyBytes: MAX_VIEW_BODY_BYTES,
    headers,
    answer: (requestHeaders, readBody) => answerViewBeacon(getViewRecorder(), { headers: requestHeaders, readBody }),
    flush: () => getViewRecorder().flush(),
  };
  (globalThis as typeof globalThis & { [VIEW_BEACON_HOOK]?: ViewBeaconHook })[VIEW_BEACON_HOOK] = hook;
}
