import { after } from "next/server";
import { answerViewBeacon, VIEW_BEACON_HEADERS } from "@/lib/views/answer-view-beacon";
import { getViewRecorder } from "@/lib/views/view-recorder-instance";

// Public by design: readers' browsers send one beacon per article page view.
// Nothing about the visitor is stored; see lib/views/visitor-dedupe.ts. Under
// `npm start` the production server answers beacons itself once the server has
// started (lib/server/view-beacon-fast-path.mjs), with the same function; this
// route answers the rest (`next dev`, the first moments of a start).

export async function POST(request: Request): Promise<Response> {
  const recorder = getViewRecorder();
  const answer = await answerViewBeacon(recorder, { headers: request.headers, readBody: () => request.text() });
  // Next waits for after() work when the server closes, so a shutdown right
  // after this read still writes it (the recorder flushes on SIGTERM).
  if (answer.status === 202) after(() => recorder.whenFlushed());
  if (answer.error !== null) return Response.json({ error: answer.error }, { status: answer.status, headers: VIEW_BEACON_HEADERS });
  return new Response(null, { status: answer.status, headers: VIEW_BEACON_HEADERS });
}
