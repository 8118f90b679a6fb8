import { and, asc, desc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articleTags, sections, tags, users, type Language } from "../schema";

// Queries behind the public Content API. Like every public query they read
// article_publications (live versions only) and the public taxonomy joined to it.

export type ApiArticleFilters = {
  language?: Language;
  sectionSlug?: string;
  tagSlug?: string;
  authorSlug?: string;
  /** Only stories published or updated at or after this instant. */
  since?: Date;
};

/** Where a page starts: the (published_at, article_id) of the last row of the page before. */
export type ApiCursor = { publishedAt: string; articleId: string };

export type ApiArticleRow = {
  id: string;
  language: Language;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  sectionId: string | null;
  leadImageId: string | null;
  /** published_at to the microsecond, as text, for the next cursor (a Date keeps only milliseconds). */
  publishedAtExact: string;
};

function filterConditions(filters: ApiArticleFilters): SQL[] {
  const p = articlePublications;
  const conditions: SQL[] = [];
  if (filters.language) conditions.push(eq(p.language, filters.language));
  if (filters.since) conditions.push(gte(p.updatedAt, filters.since));
  if (filters.sectionSlug) {
    conditions.push(sql`${p.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${filters.sectionSlug})`);
  }
  if (filters.tagSlug) {
    conditions.push(
      sql`exists (select 1 from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId} where ${articleTags.articleId} = ${p.articleId} and ${tags.slug} = ${filters.tagSlug})`,
    );
  }
  if (filters.authorSlug) {
    conditions.push(
      sql`exists (select 1 from ${articleBylines} join ${users} on ${users.id} = ${articleBylines.userId} where ${articleBylines.articleId} = ${p.articleId} and ${users.slug} = ${filters.authorSlug})`,
    );
  }
  return conditions;
}

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
  const conditions = filterConditions(params);
  if (params.after) {
    conditions.push(sql`(${p.publishedAt}, ${p.articleId}) < (${params.after.publishedAt}::timestamptz, ${params.after.articleId}::uuid)`);
  }
  return db
    .select({
      id: p.articleId,
      language: p.language,
      slug: p.slug,
      headline: p.headline,
      standfirst: p.standfirst,
      publishedAt: p.publishedAt,
      updatedAt: p.updatedAt,
      sectionId: p.sectionId,
      leadImageId: p.leadImageId,
      publishedAtExact: sql<string>`to_char(${p.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(p)
    .where(and(...conditions))
    .orderBy(desc(p.publishedAt), desc(p.articleId))
    .limit(params.limit);
}

/** Tags of several stories at once, alphabetical within each. */
export function selectTagsForArticles(db: Executor, articleIds: string[]) {
  if (articleIds.length === 0) return Promise.resolve([]);
  return db
    .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, articleIds))
    .orderBy(asc(tags.name));
}
