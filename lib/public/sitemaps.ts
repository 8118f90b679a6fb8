import type { Database } from "@/db/client";
import { LANGUAGES, type Language } from "@/db/schema";
import {
  countPublishedArticles,
  selectLatestUpdates,
  selectNewsSitemapArticles,
  selectSitemapArticles,
  selectSitemapAuthors,
  selectSitemapSections,
  selectSitemapTags,
  type SitemapListingRow,
} from "@/db/queries/public-sitemap-entries";
import { articlePath, homePath, languagePrefix } from "@/lib/i18n/languages";
import { getPublicSite } from "./published-content";
import { absoluteUrl, authorPath, getSiteUrl, sectionPath, tagPath } from "./syndication-urls";

// Sitemaps of the live site: an index at /sitemap.xml naming one file of
// listing pages (homes, sections, tags, authors), article files of
// SITEMAP_PAGE_SIZE stories each, and the Google News sitemap of the last 48
// hours. Every page that exists in both languages names its other-language
// version (hreflang alternates).

export const SITEMAP_PAGE_SIZE = 5_000;
export const NEWS_WINDOW_HOURS = 48;
// Google News reads at most 1,000 stories per news sitemap.
const NEWS_MAX = 1_000;
export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

type UrlEntry = { loc: string; lastmod?: Date; alternates?: { language: Language | "x-default"; href: string }[] };

function urlElement(entry: UrlEntry): string {
  const parts = [`<loc>${escapeXml(entry.loc)}</loc>`];
  if (entry.lastmod) parts.push(`<lastmod>${entry.lastmod.toISOString()}</lastmod>`);
  for (const alternate of entry.alternates ?? []) {
    parts.push(`<xhtml:link rel="alternate" hreflang="${alternate.language}" href="${escapeXml(alternate.href)}"/>`);
  }
  return `<url>${parts.join("")}</url>`;
}

function urlset(entries: UrlEntry[]): string {
  return `${XML_DECLARATION}\n${URLSET_OPEN}\n${entries.map(urlElement).join("\n")}\n</urlset>\n`;
}

export type SitemapFile = { kind: "pages" } | { kind: "news" } | { kind: "articles"; page: number };

/** Reads a sitemap file name from its URL: pages.xml, news.xml, articles-3.xml. */
export function parseSitemapFile(name: string): SitemapFile | null {
  if (name === "pages.xml") return { kind: "pages" };
  if (name === "news.xml") return { kind: "news" };
  const match = /^articles-([1-9][0-9]{0,5})\.xml$/.exec(name);
  return match ? { kind: "articles", page: Number(match[1]) } : null;
}

export function sitemapFilePath(file: SitemapFile): string {
  return `/sitemaps/${file.kind === "articles" ? `articles-${file.page}` : file.kind}.xml`;
}

/** The index at /sitemap.xml. */
export async function buildSitemapIndexXml(db: Database): Promise<string> {
  const [siteUrl, total] = await Promise.all([getSiteUrl(db), countPublishedArticles(db)]);
  const files: SitemapFile[] = [{ kind: "pages" }, { kind: "news" }];
  for (let page = 1; page <= Math.ceil(total / SITEMAP_PAGE_SIZE); page++) files.push({ kind: "articles", page });
  const items = files.map((file) => `<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, sitemapFilePath(file)))}</loc></sitemap>`);
  return `${XML_DECLARATION}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/** One entry per language a listing exists in, each naming the others. */
function listingEntries(siteUrl: string, rows: SitemapListingRow[], pathFor: (language: Language, slug: string) => string): UrlEntry[] {
  const bySlug = new Map<string, SitemapListingRow[]>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  return [...bySlug.values()].flatMap((versions) => {
    const alternates =
      versions.length > 1 ? versions.map((v) => ({ language: v.language, href: absoluteUrl(siteUrl, pathFor(v.language, v.slug)) })) : undefined;
    return versions.map((v) => ({ loc: absoluteUrl(siteUrl, pathFor(v.language, v.slug)), lastmod: v.updatedAt, alternates }));
  });
}

async function buildPagesXml(db: Database, siteUrl: string): Promise<string> {
  const [latest, sectionRows, tagRows, authorRows] = await Promise.all([
    selectLatestUpdates(db),
    selectSitemapSections(db),
    selectSitemapTags(db),
    selectSitemapAuthors(db),
  ]);
  const homes = LANGUAGES.map((language) => ({ language, href: absoluteUrl(siteUrl, homePath(language)) }));
  const homeAlternates = [...homes, { language: "x-default" as const, href: absoluteUrl(siteUrl, homePath("en")) }];
  const entries: UrlEntry[] = [
    ...homes.map((home) => ({ loc: home.href, lastmod: latest.find((l) => l.language === home.language)?.updatedAt, alternates: homeAlternates })),
    ...listingEntries(siteUrl, sectionRows, sectionPath),
    ...listingEntries(siteUrl, tagRows, tagPath),
    ...listingEntries(siteUrl, authorRows, authorPath),
  ];
  return urlset(entries);
}

async function buildArticlesXml(db: Database, siteUrl: string, page: number): Promise<string | null> {
  const rows = await selectSitemapArticles(db, { offset: (page - 1) * SITEMAP_PAGE_SIZE, limit: SITEMAP_PAGE_SIZE });
  if (rows.length === 0 && page > 1) return null;
  return urlset(
    rows.map((row) => {
      const self = { language: row.language, href: absoluteUrl(siteUrl, articlePath(row.language, row.slug)) };
      const alternates =
        row.translationLanguage && row.translationSlug
          ? [self, { language: row.translationLanguage, href: absoluteUrl(siteUrl, articlePath(row.translationLanguage, row.translationSlug)) }]
          : undefined;
      return { loc: self.href, lastmod: row.updatedAt, alternates };
    }),
  );
}

async function buildNewsXml(db: Database, siteUrl: string, now: Date): Promise<string> {
  const since = new Date(now.getTime() - NEWS_WINDOW_HOURS * 60 * 60 * 1000);
  const [rows, names] = await Promise.all([
    selectNewsSitemapArticles(db, { since, limit: NEWS_MAX }),
    Promise.all(LANGUAGES.map(async (language) => [language, (await getPublicSite(db, language)).name] as const)),
  ]);
  const nameOf = new Map(names);
  const items = rows.map(
    (row) =>
      `<url><loc>${escapeXml(absoluteUrl(siteUrl, articlePath(row.language, row.slug)))}</loc>` +
      `<news:news><news:publication><news:name>${escapeXml(nameOf.get(row.language) ?? "")}</news:name>` +
      `<news:language>${row.language}</news:language></news:publication>` +
      `<news:publication_date>${row.publishedAt.toISOString()}</news:publication_date>` +
      `<news:title>${escapeXml(row.headline)}</news:title></news:news></url>`,
  );
  return `${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items.join("\n")}\n</urlset>\n`;
}

/** One sitemap file as XML, or null when it does not exist (an article page past the last). */
export async function buildSitemapFileXml(db: Database, file: SitemapFile, now = new Date()): Promise<string | null> {
  const siteUrl = await getSiteUrl(db);
  if (file.kind === "pages") return buildPagesXml(db, siteUrl);
  if (file.kind === "news") return buildNewsXml(db, siteUrl, now);
  return buildArticlesXml(db, siteUrl, file.page);
}

/** robots.txt: everything public may be crawled; the newsroom, previews, sign-in and private APIs may not. */
export async function buildRobotsTxt(db: Database): Promise<string> {
  const siteUrl = await getSiteUrl(db);
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /newsroom",
    "Disallow: /api/auth",
    "Disallow: /api/views",
    "Disallow: /signin",
    "Disallow: /signout",
    // Previews of working copies (signed-in only, and noindex besides).
    ...LANGUAGES.map((language) => `Disallow: ${languagePrefix(language)}/preview/`),
    "",
    `Sitemap: ${absoluteUrl(siteUrl, "/sitemap.xml")}`,
    `Sitemap: ${absoluteUrl(siteUrl, sitemapFilePath({ kind: "news" }))}`,
    "",
  ].join("\n");
}
