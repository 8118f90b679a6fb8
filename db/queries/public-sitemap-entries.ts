import { and, asc, count, desc, eq, gte, max, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articleTags, articles, sections, tags, users, type Language } from "../schema";

// Queries behind the sitemaps. They list only what live stories show: a
// section, tag or author appears only with at least one live story in that
// language, so a tag made for an unpublished story cannot leak its name.

export async function countPublishedArticles(db: Executor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(articlePublications);
  return Number(row?.total ?? 0);
}

export type SitemapArticleRow = {
  language: Language;
  slug: string;
  updatedAt: Date;
  translationLanguage: Language | null;
  translationSlug: string | null;
};

/** Live stories oldest first (so earlier pages stay put as stories are added), each with its live translation. */
export function selectSitemapArticles(db: Executor, params: { offset: number; limit: number }): Promise<SitemapArticleRow[]> {
  const p = articlePublications;
  const other = alias(articles, "other_article");
  const otherLive = alias(articlePublications, "other_publication");
  return db
    .select({
      language: p.language,
      slug: p.slug,
      updatedAt: p.updatedAt,
      translationLanguage: otherLive.language,
      translationSlug: otherLive.slug,
    })
    .from(p)
    .innerJoin(articles, eq(articles.id, p.articleId))
    .leftJoin(other, and(eq(other.translationGroupId, articles.translationGroupId), ne(other.id, articles.id)))
    .leftJoin(otherLive, eq(otherLive.articleId, other.id))
    .orderBy(asc(p.publishedAt), asc(p.articleId))
    .limit(params.limit)
    .offset(params.offset);
}

export type SitemapListingRow = { slug: string; language: Language; updatedAt: Date };

/** Sections with live stories, per language, with the newest update among them. */
export async function selectSitemapSections(db: Executor): Promise<SitemapListingRow[]> {
  const p = articlePublications;
  const rows = await db
    .select({ slug: sections.slug, language: p.language, updatedAt: max(p.updatedAt) })
    .from(sections)
    .innerJoin(p, eq(p.sectionId, sections.id))
    .groupBy(sections.slug, p.language)
    .orderBy(asc(sections.slug), asc(p.language));
  return rows.flatMap((row) => (row.updatedAt ? [{ ...row, updatedAt: row.updatedAt }] : []));
}

/** Tags on live stories, per language. */
export async function selectSitemapTags(db: Executor): Promise<SitemapListingRow[]> {
  const p = articlePublications;
  const rows = await db
    .select({ slug: tags.slug, language: p.language, updatedAt: max(p.updatedAt) })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(p, eq(p.articleId, articleTags.articleId))
    .groupBy(tags.slug, p.language)
    .orderBy(asc(tags.slug), asc(p.language));
  return rows.flatMap((row) => (row.updatedAt ? [{ ...row, updatedAt: row.updatedAt }] : []));
}

/** People with a byline on a live story, per language. */
export async function selectSitemapAuthors(db: Executor): Promise<SitemapListingRow[]> {
  const p = articlePublications;
  const rows = await db
    .select({ slug: users.slug, language: p.language, updatedAt: max(p.updatedAt) })
    .from(users)
    .innerJoin(articleBylines, eq(articleBylines.userId, users.id))
    .innerJoin(p, eq(p.articleId, articleBylines.articleId))
    .groupBy(users.slug, p.language)
    .orderBy(asc(users.slug), asc(p.language));
  return rows.flatMap((row) => (row.updatedAt ? [{ ...row, updatedAt: row.updatedAt }] : []));
}

export type NewsSitemapRow = { language: Language; slug: string; headline: string; publishedAt: Date };

/** Stories first published at or after `since`, newest first (Google News reads the last two days). */
export function selectNewsSitemapArticles(db: Executor, params: { since: Date; limit: number }): Promise<NewsSitemapRow[]> {
  const p = articlePublications;
  return db
    .select({ language: p.language, slug: p.slug, headline: p.headline, publishedAt: p.publishedAt })
    .from(p)
    .where(gte(p.publishedAt, params.since))
    .orderBy(desc(p.publishedAt), desc(p.articleId))
    .limit(params.limit);
}

/** The newest update of any live story (the home pages' last change), per language. */
export async function selectLatestUpdates(db: Executor): Promise<{ language: Language; updatedAt: Date }[]> {
  const p = articlePublications;
  const rows = await db
    .select({ language: p.language, updatedAt: max(p.updatedAt) })
    .from(p)
    .groupBy(p.language);
  return rows.flatMap((row) => (row.updatedAt ? [{ language: row.language, updatedAt: row.updatedAt }] : []));
}
