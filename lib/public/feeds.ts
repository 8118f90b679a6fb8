import { Feed, type Author, type Category, type Item } from "feed";
import type { Database } from "@/db/client";
import type { Language } from "@/db/schema";
import { selectBylinesFor, selectMediaByIds, selectSectionsByIds, selectTagsForArticles } from "@/db/queries/public-articles";
import { selectFeedArticles, type FeedArticleRow } from "@/db/queries/public-feed-articles";
import { selectSectionBySlug } from "@/db/queries/public-listings";
import { articlePath, homePath } from "@/lib/i18n/languages";
import { mediaUrl } from "@/lib/media/media-url";
import { bodyMediaIds, escapeHtml, renderFeedHtml, type FeedImage } from "./feed-html";
import { isLookupSlug } from "./lookup-slug";
import { getPublicSite } from "./published-content";
import {
  absoluteUrl,
  allLanguagesFeedPath,
  authorPath,
  feedPath,
  getSiteUrl,
  sectionPath,
  tagPath,
  type FeedFormat,
} from "./syndication-urls";

// RSS 2.0 and Atom 1.0 feeds of live stories, written by the `feed` library:
// full text (the body rendered from the stored document) with the standfirst
// as summary, the lead image as enclosure, bylines and categories.

export const FEED_ITEMS = 30;

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

export type FeedScope = { language?: Language; sectionSlug?: string };

type MediaRow = Awaited<ReturnType<typeof selectMediaByIds>>[number];

// An Atom attribute may not hold "<"; the library escapes "&" and quotes only.
function attributeText(value: string): string {
  return value.replace(/[<>]/g, "");
}

function feedImage(siteUrl: string, row: MediaRow): FeedImage {
  return { src: absoluteUrl(siteUrl, mediaUrl(row.storageKey)), width: row.width, height: row.height, alt: row.altText, caption: row.caption, credit: row.credit };
}

async function loadItems(db: Database, siteUrl: string, rows: FeedArticleRow[], format: FeedFormat): Promise<Item[]> {
  const ids = rows.map((row) => row.id);
  const sectionIds = [...new Set(rows.flatMap((row) => (row.sectionId ? [row.sectionId] : [])))];
  const mediaIds = new Set(rows.flatMap((row) => (row.leadImageId ? [row.leadImageId] : [])));
  for (const row of rows) bodyMediaIds(row.body, mediaIds);
  const [bylines, sectionRows, mediaRows, tagRows] = await Promise.all([
    selectBylinesFor(db, ids),
    selectSectionsByIds(db, sectionIds),
    selectMediaByIds(db, [...mediaIds]),
    selectTagsForArticles(db, ids),
  ]);
  const sectionById = new Map(sectionRows.map((s) => [s.id, s]));
  const mediaById = new Map(mediaRows.map((m) => [m.id, m]));
  const images = Object.fromEntries(mediaRows.map((m) => [m.id, feedImage(siteUrl, m)]));

  return rows.map((row): Item => {
    const url = absoluteUrl(siteUrl, articlePath(row.language, row.slug));
    const authors: Author[] = bylines
      .filter((b) => b.articleId === row.id)
      .map((b) => ({ name: b.name, link: absoluteUrl(siteUrl, authorPath(row.language, b.slug)) }));
    const section = row.sectionId ? sectionById.get(row.sectionId) : undefined;
    const categories: Category[] = [
      ...(section ? [{ slug: section.slug, name: row.language === "km" && section.nameKm ? section.nameKm : section.name, path: sectionPath(row.language, section.slug) }] : []),
      ...tagRows.filter((t) => t.articleId === row.id).map((t) => ({ slug: t.slug, name: t.name, path: tagPath(row.language, t.slug) })),
    ].map((c) => {
      const link = absoluteUrl(siteUrl, c.path);
      return format === "atom" ? { name: attributeText(c.name), term: c.slug, scheme: link } : { name: c.name, domain: link };
    });
    const lead = row.leadImageId ? mediaById.get(row.leadImageId) : undefined;
    return {
      // Atom's title and summary are HTML (the library marks them so); RSS titles are plain text.
      title: format === "atom" ? escapeHtml(row.headline) : row.headline,
      id: url,
      link: url,
      date: row.updatedAt,
      published: row.publishedAt,
      description: row.standfirst ? escapeHtml(row.standfirst) : undefined,
      content: renderFeedHtml(row.body, images, row.language),
      // RSS's <author> wants an e-mail address, which we never publish: RSS gets dc:creator instead.
      author: format === "atom" ? authors : undefined,
      extensions:
        format === "rss" && authors.length > 0 ? [{ name: "dc:creator", objects: { _text: authors.map((a) => a.name).join(", ") } }] : undefined,
      category: categories,
      enclosure: lead ? { url: absoluteUrl(siteUrl, mediaUrl(lead.storageKey)), type: lead.mimeType, length: lead.byteSize } : undefined,
    };
  });
}

/**
 * One feed as XML: a language's stories (all sections or one), or with no
 * language both together. Null when the section does not exist.
 */
export async function buildFeedXml(db: Database, format: FeedFormat, scope: FeedScope): Promise<string | null> {
  const siteLanguage = scope.language ?? "en";
  if (!isLookupSlug(scope.sectionSlug)) return null;
  const [siteUrl, site, section] = await Promise.all([
    getSiteUrl(db),
    getPublicSite(db, siteLanguage),
    scope.sectionSlug ? selectSectionBySlug(db, scope.sectionSlug) : Promise.resolve(null),
  ]);
  if (scope.sectionSlug && !section) return null;
  const rows = await selectFeedArticles(db, { language: scope.language, sectionId: section?.id, limit: FEED_ITEMS });
  const items = await loadItems(db, siteUrl, rows, format);

  const sectionName = section ? (siteLanguage === "km" && section.nameKm ? section.nameKm : section.name) : null;
  const pagePath = section ? sectionPath(siteLanguage, section.slug) : homePath(siteLanguage);
  const selfPath = (f: FeedFormat) =>
    scope.language ? feedPath(f, scope.language, section?.slug) : allLanguagesFeedPath(f);
  const title = sectionName ? `${sectionName} | ${site.name}` : site.name;
  const newest = rows.reduce<Date | null>((latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest), null);

  const feed = new Feed({
    // The feed-level title is plain text in both formats.
    title,
    description: section?.description || site.tagline || site.name,
    id: absoluteUrl(siteUrl, selfPath(format)),
    link: absoluteUrl(siteUrl, pagePath),
    language: scope.language,
    // A fixed date for an empty feed keeps its output stable between builds.
    updated: newest ?? new Date(0),
    generator: "Masthead",
    copyright: `© ${site.name}`,
    feedLinks: { rss: absoluteUrl(siteUrl, selfPath("rss")), atom: absoluteUrl(siteUrl, selfPath("atom")) },
  });
  for (const item of items) feed.addItem(item);
  return format === "atom" ? feed.atom1() : feed.rss2();
}
