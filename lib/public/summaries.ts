import type { Database } from "@/db/client";
import { selectBylinesFor, selectMediaByIds, selectSectionsByIds, type PublishedSummaryRow } from "@/db/queries/public-articles";
import type { Language } from "@/db/schema";
import { mediaUrl, srcSetFor } from "@/lib/media/media-url";
import type { PublicArticleSummary, PublicImage } from "./types";

// Turns live-story rows into the DTOs pages get: bylines, section names in the
// reader's language and lead images, each fetched once per list.

type MediaRow = Awaited<ReturnType<typeof selectMediaByIds>>[number];

export function toPublicImage(row: MediaRow): PublicImage {
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

/** A section's name as readers of a language see it (the English name when it has no Khmer one). */
export function sectionName(section: { name: string; nameKm: string }, language: Language): string {
  return language === "km" && section.nameKm ? section.nameKm : section.name;
}

export async function toSummaries(db: Database, rows: PublishedSummaryRow[]): Promise<PublicArticleSummary[]> {
  if (rows.length === 0) return [];
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
      section: section ? { slug: section.slug, name: sectionName(section, row.language) } : null,
      bylines: bylines.filter((b) => b.articleId === row.id).map((b) => ({ name: b.name, slug: b.slug })),
      leadImage: row.leadImageId ? (imageById.get(row.leadImageId) ?? null) : null,
    };
  });
}
