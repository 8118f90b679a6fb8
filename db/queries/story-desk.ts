import { asc, desc, eq, exists, and, or } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articles, users, type ArticleStatus, type Language } from "../schema";

export type DeskStoryRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: Language;
  updatedAt: Date;
  authorName: string;
};

const deskColumns = {
  id: articles.id,
  headline: articles.headline,
  status: articles.status,
  language: articles.language,
  updatedAt: articles.updatedAt,
  authorName: users.name,
};

/**
 * Working copies for the story desk, most recently changed first: all of them,
 * or, with `onlyFor`, those the person created or is bylined on.
 */
export function selectDeskStories(db: Executor, params: { onlyFor?: string; limit: number }): Promise<DeskStoryRow[]> {
  const ownership = params.onlyFor
    ? or(
        eq(articles.createdBy, params.onlyFor),
        exists(
          db
            .select({ one: articleBylines.articleId })
            .from(articleBylines)
            .where(and(eq(articleBylines.articleId, articles.id), eq(articleBylines.userId, params.onlyFor))),
        ),
      )
    : undefined;
  return db
    .select(deskColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.createdBy))
    .where(ownership)
    .orderBy(desc(articles.updatedAt), asc(articles.id))
    .limit(params.limit);
}

/** Stories waiting for an editor, the longest-waiting first. */
export function selectStoriesInReview(db: Executor, params: { limit: number }): Promise<DeskStoryRow[]> {
  return db
    .select(deskColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.createdBy))
    .where(eq(articles.status, "in_review"))
    .orderBy(asc(articles.updatedAt), asc(articles.id))
    .limit(params.limit);
}
