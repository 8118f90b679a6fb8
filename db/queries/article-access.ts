import { and, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articles } from "../schema";

export type ArticleRow = typeof articles.$inferSelect;

/** An article with what access checks need: whether the user is on it, and whether it is live. */
export async function selectArticleForAccess(
  db: Executor,
  params: { articleId: string; userId: string },
): Promise<{ article: ArticleRow; isBylined: boolean; isLive: boolean } | null> {
  const [row] = await db
    .select({
      article: articles,
      bylineUser: articleBylines.userId,
      liveVersion: articlePublications.version,
    })
    .from(articles)
    .leftJoin(articleBylines, and(eq(articleBylines.articleId, articles.id), eq(articleBylines.userId, params.userId)))
    .leftJoin(articlePublications, eq(articlePublications.articleId, articles.id))
    .where(eq(articles.id, params.articleId))
    .limit(1);
  if (!row) return null;
  return { article: row.article, isBylined: row.bylineUser !== null, isLive: row.liveVersion !== null };
}
