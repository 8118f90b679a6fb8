import { and, asc, desc, eq, gte, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import {
  articleBylines,
  articlePublications,
  articleTags,
  articleViewsDaily,
  articles,
  corrections,
  media,
  sections,
  tags,
  users,
  type Language,
} from "../schema";

// Every query in this file reads article_publications, the table that holds
// only live versions; nothing here can see a draft or a working copy. The
// Content API and the feeds narrow and read it through the same columns and
// conditions (publishedSummaryColumns, publishedArticleConditions).

/** What a list of live stories reads of each: the reader site's, the feeds' and the Content API's lists. */
export const publishedSummaryColumns = {
  id: articlePublications.articleId,
  language: articlePublications.language,
  slug: articlePublications.slug,
  headline: articlePublications.headline,
  standfirst: articlePublications.standfirst,
  publishedAt: articlePublications.publishedAt,
  updatedAt: articlePublications.updatedAt,
  sectionId: articlePublications.sectionId,
  leadImageId: articlePublications.leadImageId,
};

export type PublishedSummaryRow = {
  id: string;
  language: Language;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  sectionId: string | null;
  leadImageId: string | null;
};

/** How a list of live stories may be narrowed; every filter given applies. */
export type PublishedArticleFilters = {
  /** One language, or both when absent (feeds and the Content API only). */
  language?: Language;
  sectionId?: string;
  /** Stories in the section with this slug. */
  sectionSlug?: string;
  /** Stories carrying the tag with this slug. */
  tagSlug?: string;
  /** Stories with this person (by their public slug) in the byline. */
  authorSlug?: string;
  /** Leave this story out (the one a reader is on). */
  excludeArticleId?: string;
  /** Only stories published or updated at or after this instant. */
  since?: Date;
};

export type PublishedSummaryFilters = PublishedArticleFilters & { language: Language };

/** The WHERE conditions of a list of live stories, over article_publications. */
export function publishedArticleConditions(params: PublishedArticleFilters): SQL[] {
  const p = articlePublications;
  const conditions: SQL[] = [];
  if (params.language) conditions.push(eq(p.language, params.language));
  if (params.since) conditions.push(gte(p.updatedAt, params.since));
  if (params.sectionId) conditions.push(eq(p.sectionId, params.sectionId));
  if (params.sectionSlug) conditions.push(sql`${p.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${params.sectionSlug})`);
  if (params.tagSlug) {
    conditions.push(
      sql`exists (select 1 from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId} where ${articleTags.articleId} = ${p.articleId} and ${tags.slug} = ${params.tagSlug})`,
    );
  }
  if (params.authorSlug) {
    conditions.push(
      sql`exists (select 1 from ${articleBylines} join ${users} on ${users.id} = ${articleBylines.userId} where ${articleBylines.articleId} = ${p.articleId} and ${users.slug} = ${params.authorSlug})`,
    );
  }
  if (params.excludeArticleId) conditions.push(ne(p.articleId, params.excludeArticleId));
  return conditions;
}

/** Live stories in one language, newest first, narrowed by any filter given. */
export function selectPublishedSummaries(
  db: Executor,
  params: PublishedSummaryFilters & { limit: number; offset?: number },
): Promise<PublishedSummaryRow[]> {
  return db
    .select(publishedSummaryColumns)
    .from(articlePublications)
    .where(and(...publishedArticleConditions(params)))
    .orderBy(desc(articlePublications.publishedAt), asc(articlePublications.articleId))
    .limit(params.limit)
    .offset(params.offset ?? 0);
}

export async function selectPublishedArticle(db: Executor, params: { language: Language; slug: string }) {
  const [row] = await db
    .select({
      ...publishedSummaryColumns,
      body: articlePublications.body,
      wordCount: articlePublications.wordCount,
      translationGroupId: articles.translationGroupId,
    })
    .from(articlePublications)
    .innerJoin(articles, eq(articles.id, articlePublications.articleId))
    .where(and(eq(articlePublications.language, params.language), eq(articlePublications.slug, params.slug)))
    .limit(1);
  return row ?? null;
}

export function selectBylinesFor(db: Executor, articleIds: string[]) {
  if (articleIds.length === 0) return Promise.resolve([]);
  return db
    .select({ articleId: articleBylines.articleId, name: users.name, slug: users.slug })
    .from(articleBylines)
    .innerJoin(users, eq(users.id, articleBylines.userId))
    .where(inArray(articleBylines.articleId, articleIds))
    .orderBy(asc(articleBylines.position));
}

export function selectSectionsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, nameKm: sections.nameKm })
    .from(sections)
    .where(inArray(sections.id, ids));
}

export function selectMediaByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(media).where(inArray(media.id, ids));
}

export function selectTagsFor(db: Executor, articleId: string) {
  return db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
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

export function selectCorrectionsFor(db: Executor, articleId: string) {
  return db
    .select({ kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt })
    .from(corrections)
    .where(eq(corrections.articleId, articleId))
    .orderBy(asc(corrections.createdAt));
}

export async function selectPublishedTranslation(db: Executor, params: { translationGroupId: string; language: Language }) {
  const [row] = await db
    .select({ language: articlePublications.language, slug: articlePublications.slug, headline: articlePublications.headline })
    .from(articlePublications)
    .innerJoin(articles, eq(articles.id, articlePublications.articleId))
    .where(and(eq(articles.translationGroupId, params.translationGroupId), sql`${articlePublications.language} <> ${params.language}`))
    .limit(1);
  return row ?? null;
}

export async function selectViewTotal(db: Executor, articleId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${articleViewsDaily.views}), 0)` })
    .from(articleViewsDaily)
    .where(eq(articleViewsDaily.articleId, articleId));
  return Number(row?.total ?? 0);
}

/** Live stories by id, in no particular order (callers order them). */
export function selectPublishedSummariesByIds(db: Executor, ids: readonly string[]): Promise<PublishedSummaryRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select(publishedSummaryColumns).from(articlePublications).where(inArray(articlePublications.articleId, [...ids]));
}
