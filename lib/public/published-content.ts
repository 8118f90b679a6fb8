/**
 * The published-only read module: the one door public pages, feeds, sitemaps,
 * search and the Content API read through. Every query behind it reads
 * article_publications (live versions) and the public taxonomy joined to live
 * stories, and it returns plain DTOs (lib/public/types.ts), so a caller can
 * neither see unpublished work nor leak internal columns by accident.
 *
 * API (kept backward compatible; new parameters are optional):
 *
 * - getPublicSite(db, language): Promise<PublicSite>
 *     The publication's name and tagline in that language, timezone, languages.
 * - listLatestArticles(db, { language, limit?=20, offset?=0, sectionSlug?, tagSlug?, authorSlug? }): Promise<PublicArticleSummary[]>
 *     Live stories newest first, narrowed by section, tag or byline (by slug).
 * - listArticlePage(db, { language, page, pageSize?=20, sectionSlug?, tagSlug?, authorSlug? }): Promise<PublicPage<PublicArticleSummary>>
 *     The same as pages (1-based) with `hasNext`.
 * - getPublishedArticle(db, { language, slug }): Promise<PublicArticle | null>
 *     One live story with body, tags, corrections, body images, translation and view total.
 * - listRelatedArticles(db, { article: { id, language, sectionSlug? }, limit?=4 }): Promise<PublicArticleSummary[]>
 *     Live stories sharing tags or the section with a story.
 * - listMostReadArticles(db, { language, days?=7, limit?=10, now? }): Promise<PublicMostRead[]>
 *     Live stories by reads over the last `days` newsroom days.
 * - listPublicSections(db, language): Promise<PublicSectionInfo[]>
 * - getPublicSection(db, { language, slug }): Promise<PublicSectionInfo | null>
 * - getPublicTag(db, { language, slug }): Promise<PublicTagInfo | null>       (null unless a live story in that language has it)
 * - getPublicAuthor(db, { language, slug }): Promise<PublicAuthor | null>     (null unless a live story in that language carries the byline)
 * - searchPublishedStories(db, { query, languages?, sectionSlug?, page?, pageSize? }): Promise<PublicSearchResult>   (./search.ts)
 */
import type { Database } from "@/db/client";
import { PUBLICATION_DEFAULTS, type Language } from "@/db/schema";
import {
  selectCorrectionsFor,
  selectMediaByIds,
  selectPublishedArticle,
  selectPublishedSummaries,
  selectPublishedTranslation,
  selectTagsFor,
  selectViewTotal,
} from "@/db/queries/public-articles";
import { selectLiveAuthor, selectLiveTag, selectMostRead, selectRelated, selectSectionBySlug, selectSectionsWithCounts } from "@/db/queries/public-listings";
import { selectPublicationSettings } from "@/db/queries/settings";
import { viewDay } from "@/lib/views/view-day";
import type { JSONContent } from "@tiptap/core";
import { isLookupSlug } from "./lookup-slug";
import { sectionName, toPublicImage, toSummaries } from "./summaries";
import type { PublicArticle, PublicArticleSummary, PublicAuthor, PublicMostRead, PublicPage, PublicSectionInfo, PublicTagInfo } from "./types";

export { searchPublishedStories } from "./search";

export const LISTING_PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;

export type ListingFilters = { sectionSlug?: string; tagSlug?: string; authorSlug?: string };

function collectMediaIds(node: JSONContent, into: Set<string>): void {
  if (node.type === "imageFigure" && typeof node.attrs?.mediaId === "string") into.add(node.attrs.mediaId);
  for (const child of node.content ?? []) collectMediaIds(child, into);
}

export async function listLatestArticles(
  db: Database,
  params: { language: Language; limit?: number; offset?: number } & ListingFilters,
): Promise<PublicArticleSummary[]> {
  const { language, limit, offset, sectionSlug, tagSlug, authorSlug } = params;
  if (![sectionSlug, tagSlug, authorSlug].every(isLookupSlug)) return [];
  const rows = await selectPublishedSummaries(db, { language, limit: limit ?? 20, offset, sectionSlug, tagSlug, authorSlug });
  return toSummaries(db, rows);
}

export async function listArticlePage(
  db: Database,
  params: { language: Language; page: number; pageSize?: number } & ListingFilters,
): Promise<PublicPage<PublicArticleSummary>> {
  const pageSize = params.pageSize ?? LISTING_PAGE_SIZE;
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(params.page)));
  // One row more than shown tells whether another page follows.
  const items = await listLatestArticles(db, { ...params, limit: pageSize + 1, offset: (page - 1) * pageSize });
  return { items: items.slice(0, pageSize), page, pageSize, hasNext: items.length > pageSize };
}

export async function getPublishedArticle(db: Database, params: { language: Language; slug: string }): Promise<PublicArticle | null> {
  if (!isLookupSlug(params.slug)) return null;
  const row = await selectPublishedArticle(db, params);
  if (!row) return null;
  const bodyImageIds = new Set<string>();
  collectMediaIds(row.body, bodyImageIds);
  const [[summary], tagRows, correctionRows, bodyMedia, translation, views] = await Promise.all([
    toSummaries(db, [row]),
    selectTagsFor(db, row.id),
    selectCorrectionsFor(db, row.id),
    selectMediaByIds(db, [...bodyImageIds]),
    selectPublishedTranslation(db, { translationGroupId: row.translationGroupId, language: row.language }),
    selectViewTotal(db, row.id),
  ]);
  if (!summary) return null;
  return {
    ...summary,
    body: row.body,
    wordCount: row.wordCount,
    tags: tagRows,
    corrections: correctionRows,
    bodyImages: Object.fromEntries(bodyMedia.map((m) => [m.id, toPublicImage(m)])),
    translation,
    views,
  };
}

export async function listRelatedArticles(
  db: Database,
  params: { article: { id: string; language: Language; sectionSlug?: string | null }; limit?: number },
): Promise<PublicArticleSummary[]> {
  const section = params.article.sectionSlug ? await selectSectionBySlug(db, params.article.sectionSlug) : null;
  const rows = await selectRelated(db, {
    articleId: params.article.id,
    language: params.article.language,
    sectionId: section?.id ?? null,
    limit: params.limit ?? 4,
  });
  return toSummaries(db, rows);
}

export async function listMostReadArticles(
  db: Database,
  params: { language: Language; days?: number; limit?: number; now?: Date },
): Promise<PublicMostRead[]> {
  const days = Math.max(1, params.days ?? 7);
  const { timezone } = await getPublicSite(db, params.language);
  // Views are counted per newsroom day; "the last 7 days" is today and the six before it.
  const sinceDay = viewDay(new Date((params.now ?? new Date()).getTime() - (days - 1) * 86_400_000), timezone);
  const rows = await selectMostRead(db, { language: params.language, sinceDay, limit: params.limit ?? 10 });
  const summaries = await toSummaries(db, rows);
  return summaries.map((summary, index) => ({ ...summary, views: rows[index]?.views ?? 0 }));
}

export async function listPublicSections(db: Database, language: Language): Promise<PublicSectionInfo[]> {
  const rows = await selectSectionsWithCounts(db, language);
  return rows.map((row) => ({ slug: row.slug, name: sectionName(row, language), description: row.description, liveStories: row.liveStories }));
}

export async function getPublicSection(db: Database, params: { language: Language; slug: string }): Promise<PublicSectionInfo | null> {
  const sections = await listPublicSections(db, params.language);
  return sections.find((section) => section.slug === params.slug) ?? null;
}

export async function getPublicTag(db: Database, params: { language: Language; slug: string }): Promise<PublicTagInfo | null> {
  if (!isLookupSlug(params.slug)) return null;
  const row = await selectLiveTag(db, params);
  return row ? { slug: row.slug, name: row.name } : null;
}

export async function getPublicAuthor(db: Database, params: { language: Language; slug: string }): Promise<PublicAuthor | null> {
  if (!isLookupSlug(params.slug)) return null;
  const row = await selectLiveAuthor(db, params);
  if (!row) return null;
  const [photo] = row.photoMediaId ? await selectMediaByIds(db, [row.photoMediaId]) : [];
  return { slug: row.slug, name: row.name, bio: row.bio, photo: photo ? toPublicImage(photo) : null };
}

export type PublicSite = { name: string; tagline: string; timezone: string; languages: Language[] };

export async function getPublicSite(db: Database, language: Language): Promise<PublicSite> {
  const settings = await selectPublicationSettings(db);
  if (!settings) return { name: PUBLICATION_DEFAULTS.name, tagline: "", timezone: PUBLICATION_DEFAULTS.timezone, languages: [...PUBLICATION_DEFAULTS.languages] };
  return {
    name: language === "km" && settings.nameKm ? settings.nameKm : settings.name,
    tagline: language === "km" && settings.taglineKm ? settings.taglineKm : settings.tagline,
    timezone: settings.timezone,
    languages: settings.languages,
  };
}
