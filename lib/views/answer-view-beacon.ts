import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import type { ViewRecorder } from "./view-recorder";
import { MAX_VIEW_BODY_BYTES, parseViewRequest } from "./view-request";

/**
 * 202: counted. 204: received, not counted (a robot, or this visitor already
 * counted for this story in the last 30 minutes). Otherwise what was wrong.
 */
export type ViewBeaconAnswer = { status: 202 | 204; error: null } | { status: 400 | 404 | 413; error: string };

/** The headers every answer to a beacon carries, whoever sends it. */
export const VIEW_BEACON_HEADERS = { "Cache-Control": "no-store" } as const;

export type ViewBeacon = {
  /** The request's headers; x-forwarded-for as the server that took it filled it in. */
  headers: Headers;
  /** The body, or at least its first MAX_VIEW_BODY_BYTES + 1 characters; read only when the declared length allows. */
  readBody: () => Promise<string>;
};

/**
 * Answers one view beacon. The views route (app/api/views/route.ts) and the
 * production server's fast path (lib/server/view-beacon-fast-path.mjs, through
 * lib/views/expose-view-beacon.ts) both answer with this, so they cannot differ.
 */
export async function answerViewBeacon(recorder: ViewRecorder, beacon: ViewBeacon): Promise<ViewBeaconAnswer> {
  const tooLarge = { status: 413, error: `A view beacon is at most ${MAX_VIEW_BODY_BYTES} bytes.` } as const;
  if (Number(beacon.headers.get("content-length") ?? "0") > MAX_VIEW_BODY_BYTES) return tooLarge;
  const body = await beacon.readBody();
  if (body.length > MAX_VIEW_BODY_BYTES) return tooLarge;
  const parsed = parseViewRequest(body);
  if (!parsed.ok) return { status: 400, error: parsed.error };
  const outcome = await recorder.record({
    articleId: parsed.articleId,
    ip: clientIpFromHeaders(beacon.headers),
    userAgent: beacon.headers.get("user-agent"),
  });
  if (outcome === "not-published") return { status: 404, error: "No published story has this id." };
  return { status: outcome === "counted" ? 202 : 204, error: null };
}
