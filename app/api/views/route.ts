import { after } from "next/server";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { getViewRecorder } from "@/lib/views/view-recorder-instance";
import { MAX_VIEW_BODY_BYTES, parseViewRequest } from "@/lib/views/view-request";

// Public by design: readers' browsers send one beacon per article page view.
// 202: counted. 204: received, not counted (a robot, or this visitor already
// counted for this story in the last 30 minutes). Nothing about the visitor is
// stored; see lib/views/visitor-dedupe.ts.

const NO_STORE = { "Cache-Control": "no-store" };

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_VIEW_BODY_BYTES) return problem(413, `A view beacon is at most ${MAX_VIEW_BODY_BYTES} bytes.`);
  const body = await request.text();
  if (body.length > MAX_VIEW_BODY_BYTES) return problem(413, `A view beacon is at most ${MAX_VIEW_BODY_BYTES} bytes.`);
  const parsed = parseViewRequest(body);
  if (!parsed.ok) return problem(400, parsed.error);

  const recorder = getViewRecorder();
  const outcome = await recorder.record({
    articleId: parsed.articleId,
    ip: clientIpFromHeaders(request.headers),
    userAgent: request.headers.get("user-agent"),
  });
  if (outcome === "not-published") return problem(404, "No published story has this id.");
  if (outcome !== "counted") return new Response(null, { status: 204, headers: NO_STORE });
  // Next waits for after() work when the server closes, so a shutdown right
  // after this read still writes it (the recorder flushes on SIGTERM).
  after(() => recorder.whenFlushed());
  return new Response(null, { status: 202, headers: NO_STORE });
}
