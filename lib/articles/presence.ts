import { z } from "zod";
import type { Executor } from "@/db/client";
import { deletePresence, selectPresentEditors, upsertPresence } from "@/db/queries/articles-presence";
import { loadArticleForReading, type ArticleActor } from "./article-access";

/** How often an open editor reports in. */
export const PRESENCE_HEARTBEAT_SECONDS = 15;
/** Someone counts as having the story open until this long after their last report (three missed heartbeats). */
export const PRESENCE_WINDOW_SECONDS = 45;

export type PresentEditor = { id: string; name: string };

export type PresenceResult = { ok: true; others: PresentEditor[] } | { ok: false; error: string };

/**
 * Notes that `actor` has the story open now and says who else does. Only
 * people who may see the story can report in or learn who is there.
 */
export async function recordPresence(db: Executor, actor: ArticleActor, articleId: string): Promise<PresenceResult> {
  if (!z.uuid().safeParse(articleId).success) return { ok: false, error: "That story does not exist or you cannot see it." };
  const access = await loadArticleForReading(db, actor, articleId);
  if (!access.ok) return { ok: false, error: access.message };
  await upsertPresence(db, { articleId, userId: actor.id });
  const rows = await selectPresentEditors(db, { articleId, exceptUserId: actor.id, withinSeconds: PRESENCE_WINDOW_SECONDS });
  return { ok: true, others: rows.map(({ id, name }) => ({ id, name })) };
}

/** Takes `actor` off the story's presence list at once (the editor was closed). */
export async function leavePresence(db: Executor, actor: ArticleActor, articleId: string): Promise<void> {
  if (!z.uuid().safeParse(articleId).success) return;
  await deletePresence(db, { articleId, userId: actor.id });
}
