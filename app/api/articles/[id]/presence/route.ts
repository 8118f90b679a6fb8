import { getDb } from "@/db/client";
import { leavePresence, recordPresence } from "@/lib/articles/presence";
import { authorizeAction } from "@/lib/auth/session";

const NO_STORE = { "Cache-Control": "no-store" };

/** A heartbeat from an open editor; answers with who else has the story open. */
export async function POST(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const auth = await authorizeAction("article.read.own", { type: "article", id });
  if (!auth.ok) return Response.json({ ok: false, error: auth.error }, { status: auth.reason === "signed-out" ? 401 : 403, headers: NO_STORE });
  const result = await recordPresence(await getDb(), auth.user, id);
  return Response.json(result, { status: result.ok ? 200 : 404, headers: NO_STORE });
}

/** The editor was closed: off the list at once rather than after the window runs out. */
export async function DELETE(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const auth = await authorizeAction("article.read.own", { type: "article", id });
  if (!auth.ok) return Response.json({ ok: false, error: auth.error }, { status: auth.reason === "signed-out" ? 401 : 403, headers: NO_STORE });
  await leavePresence(await getDb(), auth.user, id);
  return new Response(null, { status: 204, headers: NO_STORE });
}
