import { getDb } from "@/db/client";
import { loadServerCopy } from "@/lib/articles/load-server-copy";
import type { SaveOutcome } from "@/lib/articles/article-input";
import { readSaveRequest } from "@/lib/articles/read-save-request";
import { saveArticle } from "@/lib/articles/save-article";
import { authorizeAction } from "@/lib/auth/session";

const NO_STORE = { "Cache-Control": "no-store" };

const STATUS: Record<Exclude<SaveOutcome, { ok: true }>["code"], number> = {
  invalid: 422,
  conflict: 409,
  "not-found": 404,
  forbidden: 403,
  "signed-out": 401,
  "too-large": 413,
  "bad-request": 400,
};

function answer(outcome: SaveOutcome): Response {
  return Response.json(outcome, { status: outcome.ok ? 200 : STATUS[outcome.code], headers: NO_STORE });
}

/**
 * Saves the story editor's draft: { baseVersion, draft }. It is a route
 * handler so that a page being closed can still send its last save (fetch
 * with keepalive). The session and the person's right to edit this story are
 * checked here and again in saveArticle, before anything is written.
 */
export async function PUT(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const auth = await authorizeAction("article.edit.own", { type: "article", id });
  if (!auth.ok) return answer({ ok: false, code: auth.reason === "signed-out" ? "signed-out" : "forbidden", error: auth.error });
  const body = await readSaveRequest(request);
  if (!body.ok) return Response.json({ ok: false, code: body.code, error: body.error }, { status: body.status, headers: NO_STORE });
  return answer(await saveArticle(await getDb(), auth.user, id, body.value));
}

/** The story as the server holds it now, with its images: the editor reloads from it after a revision is restored. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const auth = await authorizeAction("article.read.own", { type: "article", id });
  if (!auth.ok) return Response.json({ ok: false, error: auth.error }, { status: auth.reason === "signed-out" ? 401 : 403, headers: NO_STORE });
  const result = await loadServerCopy(await getDb(), auth.user, id);
  return Response.json(result, { status: result.ok ? 200 : 404, headers: NO_STORE });
}
