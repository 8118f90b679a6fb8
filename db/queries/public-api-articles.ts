import { and, desc, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articlePublications } from "../schema";
import { publishedArticleConditions, publishedSummaryColumns, type PublishedArticleFilters, type PublishedSummaryRow } from "./public-articles";

// Queries behind the public Content API: the reader site's list of live stories
// (public-articles.ts), paged by keyset instead of by offset.

export type ApiArticleFilters = Pick<PublishedArticleFilters, "language" | "sectionSlug" | "tagSlug" | "authorSlug" | "since">;

/** Where a page starts: the (published_at, article_id) of the last row of the page before. */
export type ApiCursor = { publishedAt: string; articleId: string };

export type ApiArticleRow = PublishedSummaryRow & {
  /** published_at to the microsecond, as text, for the next cursor (a Date keeps only milliseconds). */
  publishedAtExact: string;
};

/**
 * One page of live stories, newest first, matching every filter given. Pages
 * are cut by keyset (published_at, article_id), so a story published while a
 * client pages through shifts nothing and no row is seen twice.
 */
export function selectApiArticlePage(
  db: Executor,
  params: ApiArticleFilters & { limit: number; after?: ApiCursor },
): Promise<ApiArticleRow[]> {
  const p = articlePublications;
  const conditions = publishedArticleConditions(params);
  if (params.after) {
    conditions.push(sql`(${p.publishedAt}, ${p.articleId}) < (${params.after.publishedAt}::timestamptz, ${params.after.articleId}::uuid)`);
  }
  return db
    .select({
      ...publishedSummaryColumns,
      publishedAtExact: sql<string>`to_char(${p.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(p)
    .where(and(...conditions))
    .orderBy(desc(p.publishedAt), desc(p.articleId))
    .limit(params.limit);
}
