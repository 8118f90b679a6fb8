import type { Database } from "@/db/client";
import type { Language } from "@/db/schema";
import {
  selectBylinesFor,
  selectCorrectionsFor,
  selectMediaByIds,
  selectPublishedArticle,
  selectPublishedSummaries,
  selectPublishedTranslation,
  selectSectionsByIds,
  selectTagsFor,
  selectViewTotal,
  type PublishedSummaryRow,
} from "@/db/queries/public-articles";
import { selectPublicationSettings } from "@/db/queries/settings";
import { mediaUrl, srcSetFor } from "@/lib/media/media-url";
import type { JSONContent } from "@tiptap/core";
import type { PublicArticle, PublicArticleSummary, PublicImage } from "./types";

// The one module public pages read through. It only calls queries over
// article_publications (live versions) and returns plain DTOs, so a page can
// neither see unpublished work nor leak internal columns by accident.

type MediaRow = Awaited<ReturnType<typeof selectMediaByIds>>[number];

function toPublicImage(row: MediaRow): PublicImage {
  return {
    id: row.id,
    src: mediaUrl(row.storageKey),
    srcSet: srcSetFor(row),
    width: row.width,
    height: row.height,
    alt: row.altText,
    caption: row.caption,
    credit: row.credit,
  };
}

function collectMediaIds(node: JSONContent, into: Set<string>): void {
  if (node.type === "imageFigure" && typeof node.attrs?.mediaId === "string") into.add(node.attrs.mediaId);
  for (const child of node.content ?? []) collectMediaIds(child, into);
}

async function toSummaries(db: Database, rows: PublishedSummaryRow[]): Promise<PublicArticleSummary[]> {
  const ids = rows.map((row) => row.id);
  const sectionIds = [...new Set(rows.flatMap((row) => (row.sectionId ? [row.sectionId] : [])))];
  const imageIds = [...new Set(rows.flatMap((row) => (row.leadImageId ? [row.leadImageId] : [])))];
  const [bylines, sectionRows, imageRows] = await Promise.all([
    selectBylinesFor(db, ids),
    selectSectionsByIds(db, sectionIds),
    selectMediaByIds(db, imageIds),
  ]);
  const sectionById = new Map(sectionRows.map((s) => [s.id, s]));
  const imageById = new Map(imageRows.map((m) => [m.id, toPublicImage(m)]));
  return rows.map((row) => {
    const section = row.sectionId ? sectionById.get(row.sectionId) : undefined;
    return {
      id: row.id,
      language: row.language,
      slug: row.slug,
      headline: row.headline,
      standfirst: row.standfirst,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      section: section ? { slug: section.slug, name: row.language === "km" && section.nameKm ? section.nameKm : section.name } : null,
      bylines: bylines.filter((b) => b.articleId === row.id).map((b) => ({ name: b.name, slug: b.slug })),
      leadImage: row.leadImageId ? (imageById.get(row.leadImageId) ?? null) : null,
    };
  });
}

export async function listLatestArticles(
  db: Database,
  params: { language: Language; limit?: number; offset?: number },
): Promise<PublicArticleSummary[]> {
  const rows = await selectPublishedSummaries(db, { language: params.language, limit: params.limit ?? 20, offset: params.offset });
  return toSummaries(db, rows);
}

export async function getPublishedArticle(db: Database, params: { language: Language; slug: string }): Promise<PublicArticle | null> {
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

export type PublicSite = { name: string; tagline: string; timezone: string; languages: Language[] };

export async function getPublicSite(db: Database, language: Language): Promise<PublicSite> {
  const settings = await selectPublicationSettings(db);
  if (!settings) return { name: "Masthead", tagline: "", timezone: "Asia/Phnom_Penh", languages: ["en", "km"] };
  return {
    name: language === "km" && settings.nameKm ? settings.nameKm : settings.name,
    tagline: language === "km" && settings.taglineKm ? settings.taglineKm : settings.tagline,
    timezone: settings.timezone,
    languages: settings.languages,
  };
}
