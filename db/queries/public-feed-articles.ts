import { and, desc } from "drizzle-orm";
import type { Executor } from "../client";
import { articlePublications, type Language } from "../schema";
import { publishedArticleConditions, publishedSummaryColumns, type PublishedSummaryRow } from "./public-articles";

// Queries behind the feeds: the reader site's list of live stories
// (public-articles.ts), with their bodies.

export type FeedArticleRow = PublishedSummaryRow & { body: typeof articlePublications.$inferSelect.body };

/** The newest live stories, with their bodies, in one language or both, in one section or all. */
export function selectFeedArticles(
  db: Executor,
  params: { language?: Language; sectionId?: string; limit: number },
): Promise<FeedArticleRow[]> {
  const p = articlePublications;
  return db
    .select({ ...publishedSummaryColumns, body: p.body })
    .from(p)
    .where(and(...publishedArticleConditions(params)))
    .orderBy(desc(p.publishedAt), desc(p.articleId))
    .limit(params.limit);
}
