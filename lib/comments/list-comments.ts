import type { Executor } from "@/db/client";
import { selectCommentsFor } from "@/db/queries/comments";
import { loadArticleForReading, type ArticleActor } from "@/lib/articles/article-access";
import { isUuid } from "@/lib/workflow/is-uuid";

export type StoryComment = { id: string; authorName: string; body: string; createdAt: Date };
export type CommentThread = StoryComment & { replies: StoryComment[] };

/** A story's comment threads, oldest first, for people who may see the story; null otherwise. */
export async function listComments(db: Executor, user: ArticleActor | null, articleId: string): Promise<CommentThread[] | null> {
  if (!isUuid(articleId)) return null;
  const access = await loadArticleForReading(db, user, articleId);
  if (!access.ok) return null;
  const rows = await selectCommentsFor(db, { articleId });
  const threads = new Map<string, CommentThread>();
  const shape = (row: (typeof rows)[number]): StoryComment => ({ id: row.id, authorName: row.authorName ?? "A former colleague", body: row.body, createdAt: row.createdAt });
  for (const row of rows) if (!row.parentId) threads.set(row.id, { ...shape(row), replies: [] });
  for (const row of rows) if (row.parentId) threads.get(row.parentId)?.replies.push(shape(row));
  return [...threads.values()];
}
