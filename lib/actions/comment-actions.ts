"use server";

import { getDb } from "@/db/client";
import { authorizeAction, getCurrentUser } from "@/lib/auth/session";
import { addComment } from "@/lib/comments/add-comment";
import { commentInputSchema } from "@/lib/comments/comment-schemas";
import { listComments, type CommentThread } from "@/lib/comments/list-comments";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export type AddCommentActionResult =
  | { ok: true; message: string; threads: CommentThread[] }
  | { ok: false; error: string; fieldErrors?: { body?: string[] } };

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Posts a newsroom comment or reply; @mentions notify. Checks session, permission and the story's visibility itself. */
export async function addCommentAction(input: unknown): Promise<AddCommentActionResult> {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const auth = await authorizeAction("article.comment", { type: "article", id: typeof raw.articleId === "string" ? raw.articleId : null });
  if (!auth.ok) return { ok: false, error: auth.error };
  const parsed = commentInputSchema.safeParse(input);
  if (!parsed.success) {
    const body = parsed.error.issues.filter((issue) => issue.path[0] === "body").map((issue) => issue.message);
    return { ok: false, error: [...new Set(parsed.error.issues.map((issue) => issue.message))].join(" "), fieldErrors: body.length ? { body } : undefined };
  }
  const db = await getDb();
  const result = await addComment(db, auth.user, parsed.data);
  if (!result.ok) return { ok: false, error: result.message };
  const parts = ["Comment posted."];
  if (result.mentioned.length) parts.push(`${listNames(result.mentioned)} ${result.mentioned.length === 1 ? "was" : "were"} notified.`);
  if (result.notNotified.length) parts.push(`${listNames(result.notNotified)} cannot see this story, so ${result.notNotified.length === 1 ? "was" : "were"} not notified.`);
  return { ok: true, message: parts.join(" "), threads: (await listComments(db, auth.user, parsed.data.articleId)) ?? [] };
}

/** A story's newsroom comments, for people who may see the story, with the zone to show times in. */
export async function listCommentsAction(articleId: string): Promise<{ threads: CommentThread[]; timeZone: string } | null> {
  const user = await getCurrentUser();
  if (!user || typeof articleId !== "string") return null;
  const db = await getDb();
  const threads = await listComments(db, user, articleId);
  return threads ? { threads, timeZone: await getNewsroomTimeZone(db) } : null;
}
