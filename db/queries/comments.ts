import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { comments, users } from "../schema";

export type CommentRow = {
  id: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
};

export function selectCommentsFor(db: Executor, params: { articleId: string }): Promise<CommentRow[]> {
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorId: comments.authorId,
      authorName: users.name,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.articleId, params.articleId))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

export async function selectCommentInArticle(db: Executor, params: { articleId: string; commentId: string }): Promise<{ id: string; parentId: string | null; authorId: string | null } | null> {
  const [row] = await db
    .select({ id: comments.id, parentId: comments.parentId, authorId: comments.authorId })
    .from(comments)
    .where(and(eq(comments.id, params.commentId), eq(comments.articleId, params.articleId)))
    .limit(1);
  return row ?? null;
}

export async function insertComment(db: Executor, params: { articleId: string; parentId: string | null; authorId: string; body: string; at: Date }): Promise<{ id: string; createdAt: Date }> {
  const [row] = await db
    .insert(comments)
    .values({ articleId: params.articleId, parentId: params.parentId, authorId: params.authorId, body: params.body, createdAt: params.at })
    .returning({ id: comments.id, createdAt: comments.createdAt });
  if (!row) throw new Error("insertComment returned no row");
  return row;
}

/** Everyone who could be @mentioned: active people, with what a mention may name. */
export function selectMentionablePeople(db: Executor): Promise<{ id: string; name: string; slug: string; role: "reporter" | "editor" | "admin" }[]> {
  return db.select({ id: users.id, name: users.name, slug: users.slug, role: users.role }).from(users).where(eq(users.active, true));
}
