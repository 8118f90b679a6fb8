import { z } from "zod";

export const MAX_VIEW_BODY_BYTES = 1_024;

const viewRequestSchema = z.object({ articleId: z.uuid({ error: "articleId must be a story's id (a UUID)." }) });

/**
 * Reads a view beacon's body: `{"articleId": "<uuid>"}`, sent as JSON or, from
 * navigator.sendBeacon, as text/plain. Returns the id or a message saying what
 * is wrong.
 */
export function parseViewRequest(body: string): { ok: true; articleId: string } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'The body must be JSON like {"articleId": "<uuid>"}.' };
  }
  const parsed = viewRequestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid view." };
  return { ok: true, articleId: parsed.data.articleId };
}
