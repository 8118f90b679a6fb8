import type { JSONContent } from "@tiptap/core";
import type { Database } from "@/db/client";
import type { Language } from "@/db/schema";
import { selectBylinesFor, selectMediaByIds, selectSectionsByIds, selectTagsForArticles } from "@/db/queries/public-articles";
import { selectApiArticlePage, type ApiArticleRow } from "@/db/queries/public-api-articles";
import { articlePath } from "@/lib/i18n/languages";
import { mediaUrl, srcSetFor } from "@/lib/media/media-url";
import { derivePlainText } from "@/lib/rich-text/plain-text";
import { getPublishedArticle } from "./published-content";
import { encodeCursor, type ListParams } from "./content-api-params";
import { absoluteImage, absoluteUrl, authorPath, getSiteUrl, sectionPath, tagPath } from "./syndication-urls";
import type { PublicImage } from "./types";

// The public, read-only Content API's answers: live stories only (every read
// goes through article_publications), as plain JSON objects with absolute
// addresses. Internal columns (versions, who published, search fields, storage
// keys as such), newsroom comments and working copies never appear.

export type ApiImage = { url: string; srcSet: string; width: number; height: number; alt: string; caption: string; credit: string };
export type ApiLink = { slug: string; name: string; url: string };

export type ApiArticleSummary = {
  id: string;
  language: Language;
  slug: string;
  url: string;
  headline: string;
  standfirst: string;
  publishedAt: string;
  updatedAt: string;
  section: ApiLink | null;
  tags: ApiLink[];
  authors: ApiLink[];
  leadImage: ApiImage | null;
};

export type ApiArticle = ApiArticleSummary & {
  /** The story as stored: a Tiptap (ProseMirror) JSON document. imageFigure nodes name an entry of `images`. */
  body: JSONContent;
  bodyText: string;
  wordCount: number;
  images: Record<string, ApiImage>;
  corrections: { kind: "correction" | "clarification"; text: string; createdAt: string }[];
  translation: { language: Language; slug: string; headline: string; url: string } | null;
  /** Reads counted so far; may lag real reads by up to a minute. */
  views: number;
};

export type ApiArticlePage = { data: ApiArticleSummary[]; nextCursor: string | null };

function toApiImage(siteUrl: string, image: PublicImage): ApiImage {
  const absolute = absoluteImage(siteUrl, image);
  return {
    url: absolute.src,
    srcSet: absolute.srcSet,
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
  };
}

function link(siteUrl: string, path: string, slug: string, name: string): ApiLink {
  return { slug, name, url: absoluteUrl(siteUrl, path) };
}

async function toSummaries(db: Database, siteUrl: string, rows: ApiArticleRow[]): Promise<ApiArticleSummary[]> {
  const ids = rows.map((row) => row.id);
  const sectionIds = [...new Set(rows.flatMap((row) => (row.sectionId ? [row.sectionId] : [])))];
  const imageIds = [...new Set(rows.flatMap((row) => (row.leadImageId ? [row.leadImageId] : [])))];
  const [bylines, sectionRows, imageRows, tagRows] = await Promise.all([
    selectBylinesFor(db, ids),
    selectSectionsByIds(db, sectionIds),
    selectMediaByIds(db, imageIds),
    selectTagsForArticles(db, ids),
  ]);
  const sectionById = new Map(sectionRows.map((s) => [s.id, s]));
  const imageById = new Map(
    imageRows.map((m) => [
      m.id,
      toApiImage(siteUrl, { id: m.id, src: mediaUrl(m.storageKey), srcSet: srcSetFor(m), width: m.width, height: m.height, alt: m.altText, caption: m.caption, credit: m.credit }),
    ]),
  );
  return rows.map((row) => {
    const section = row.sectionId ? sectionById.get(row.sectionId) : undefined;
    const sectionName = section ? (row.language === "km" && section.nameKm ? section.nameKm : section.name) : "";
    return {
      id: row.id,
      language: row.language,
      slug: row.slug,
      url: absoluteUrl(siteUrl, articlePath(row.language, row.slug)),
      headline: row.headline,
      standfirst: row.standfirst,
      publishedAt: row.publishedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      section: section ? link(siteUrl, sectionPath(row.language, section.slug), section.slug, sectionName) : null,
      tags: tagRows.filter((t) => t.articleId === row.id).map((t) => link(siteUrl, tagPath(row.language, t.slug), t.slug, t.name)),
      authors: bylines.filter((b) => b.articleId === row.id).map((b) => link(siteUrl, authorPath(row.language, b.slug), b.slug, b.name)),
      leadImage: row.leadImageId ? (imageById.get(row.leadImageId) ?? null) : null,
    };
  });
}

/** One page of live stories, newest first, with the cursor of the next page (null on the last). */
export async function listApiArticles(db: Database, params: ListParams): Promise<ApiArticlePage> {
  // One row more than asked tells whether another page follows.
  const rows = await selectApiArticlePage(db, { ...params, limit: params.limit + 1 });
  const page = rows.slice(0, params.limit);
  const last = page.at(-1);
  const siteUrl = await getSiteUrl(db);
  return {
    data: await toSummaries(db, siteUrl, page),
    nextCursor: rows.length > params.limit && last ? encodeCursor({ publishedAt: last.publishedAtExact, articleId: last.id }) : null,
  };
}

/**
 * One live story by slug. Without a language, English is tried first, then
 * Khmer (a slug is unique within a language only).
 */
export async function getApiArticle(db: Database, params: { slug: string; language?: Language }): Promise<ApiArticle | null> {
  const languages: Language[] = params.language ? [params.language] : ["en", "km"];
  for (const language of languages) {
    const article = await getPublishedArticle(db, { language, slug: params.slug });
    if (!article) continue;
    const siteUrl = await getSiteUrl(db);
    return {
      id: article.id,
      language: article.language,
      slug: article.slug,
      url: absoluteUrl(siteUrl, articlePath(article.language, article.slug)),
      headline: article.headline,
      standfirst: article.standfirst,
      publishedAt: article.publishedAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
      section: article.section ? link(siteUrl, sectionPath(article.language, article.section.slug), article.section.slug, article.section.name) : null,
      tags: article.tags.map((t) => link(siteUrl, tagPath(article.language, t.slug), t.slug, t.name)),
      authors: article.bylines.map((b) => link(siteUrl, authorPath(article.language, b.slug), b.slug, b.name)),
      leadImage: article.leadImage ? toApiImage(siteUrl, article.leadImage) : null,
      body: article.body,
      bodyText: derivePlainText(article.body),
      wordCount: article.wordCount,
      images: Object.fromEntries(Object.entries(article.bodyImages).map(([id, image]) => [id, toApiImage(siteUrl, image)])),
      corrections: article.corrections.map((c) => ({ kind: c.kind, text: c.text, createdAt: c.createdAt.toISOString() })),
      translation: article.translation
        ? { ...article.translation, url: absoluteUrl(siteUrl, articlePath(article.translation.language, article.translation.slug)) }
        : null,
      views: article.views,
    };
  }
  return null;
}
