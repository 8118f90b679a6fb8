import type { Database } from "@/db/client";
import { insertComment, selectCommentInArticle, selectMentionablePeople } from "@/db/queries/comments";
import { selectBylineUserIds } from "@/db/queries/workflow";
import { loadArticleForReading } from "@/lib/articles/article-access";
import { userCan } from "@/lib/auth/permissions";
import { recordAuthorizationDenied } from "@/lib/auth/record-authorization-denied";
import { notifyPeople, quoteHeadline } from "@/lib/notifications/notify-people";
import type { WorkflowUser } from "@/lib/workflow/transition-article";
import type { CommentInput } from "./comment-schemas";
import { findMentions } from "./find-mentions";

export type AddCommentResult =
  | {
      ok: true;
      commentId: string;
      /** Names of the people told they were mentioned. */
      mentioned: string[];
      /** Names mentioned who cannot see this story, so were not told. */
      notNotified: string[];
    }
  | { ok: false; code: "signed-out" | "forbidden" | "not-found" | "parent"; message: string };

function excerpt(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

/**
 * Posts a newsroom-only comment (or a reply) on a story the person may see.
 * Mentioned colleagues who may see the story are notified as mentioned; the
 * story's people (bylines and creator) and, for a reply, the author of the
 * comment replied to, as commented. Never the commenter themself. Comments
 * are never read by the public module.
 */
export async function addComment(db: Database, user: WorkflowUser | null, input: CommentInput, options: { now?: Date } = {}): Promise<AddCommentResult> {
  if (!user) return { ok: false, code: "signed-out", message: "Sign in to comment." };
  if (!user.active || !userCan(user, "article.comment")) {
    await recordAuthorizationDenied(db, {
      actorId: user.id,
      role: user.active ? user.role : null,
      permission: "article.comment",
      target: { type: "article", id: input.articleId },
      reason: user.active ? "forbidden" : "deactivated",
    });
    return { ok: false, code: "forbidden", message: user.active ? `You don't have permission to comment (your role: ${user.role}).` : "This account is deactivated: it cannot comment." };
  }
  const now = options.now ?? new Date();
  return db.transaction(async (tx): Promise<AddCommentResult> => {
    const access = await loadArticleForReading(tx, user, input.articleId);
    if (!access.ok) {
      await recordAuthorizationDenied(tx, { actorId: user.id, role: user.role, permission: "article.comment", target: { type: "article", id: input.articleId }, reason: "forbidden" });
      return { ok: false, code: "not-found", message: "That story does not exist or you cannot see it." };
    }
    const article = access.value.article;
    let parentId: string | null = null;
    let parentAuthor: string | null = null;
    if (input.parentId) {
      const parent = await selectCommentInArticle(tx, { articleId: article.id, commentId: input.parentId });
      if (!parent) return { ok: false, code: "parent", message: "The comment you replied to is not on this story." };
      // Threads are one level deep: a reply to a reply joins the same thread.
      parentId = parent.parentId ?? parent.id;
      parentAuthor = parent.authorId;
    }
    const comment = await insertComment(tx, { articleId: article.id, parentId, authorId: user.id, body: input.body, at: now });

    const bylines = await selectBylineUserIds(tx, { articleId: article.id });
    const storyPeople = new Set([...bylines, article.createdBy]);
    const people = await selectMentionablePeople(tx);
    const byId = new Map(people.map((person) => [person.id, person]));
    const mentionedIds = findMentions(input.body, people).filter((id) => id !== user.id);
    // Telling someone about a story they may not open would leak its headline.
    const canSee = (id: string) => {
      const person = byId.get(id);
      return person !== undefined && (person.role !== "reporter" || storyPeople.has(id));
    };
    const story = quoteHeadline(article.headline);
    const mentioned = await notifyPeople(tx, {
      recipients: mentionedIds.filter(canSee),
      kind: "mentioned",
      articleId: article.id,
      actorId: user.id,
      message: `${user.name} mentioned you on ${story}: ${excerpt(input.body)}`,
      at: now,
    });
    const told = new Set(mentioned);
    await notifyPeople(tx, {
      recipients: [...storyPeople, ...(parentAuthor ? [parentAuthor] : [])].filter((id) => !told.has(id)),
      kind: "commented",
      articleId: article.id,
      actorId: user.id,
      message: `${user.name} ${parentId ? "replied" : "commented"} on ${story}: ${excerpt(input.body)}`,
      at: now,
    });
    return {
      ok: true,
      commentId: comment.id,
      mentioned: mentioned.map((id) => byId.get(id)?.name ?? ""),
      notNotified: mentionedIds.filter((id) => !canSee(id)).map((id) => byId.get(id)?.name ?? ""),
    };
  });
}
