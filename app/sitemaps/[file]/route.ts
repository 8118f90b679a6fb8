import { connection } from "next/server";
import { parseSitemapFile, SITEMAP_CONTENT_TYPE } from "@/lib/public/sitemaps";
import { cachedSitemapFileXml, notFoundText, syndicationResponse } from "@/lib/public/syndication-cache";

// /sitemaps/pages.xml, /sitemaps/articles-N.xml and /sitemaps/news.xml (Google News, last 48 hours).
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  const file = parseSitemapFile((await context.params).file);
  if (!file) return notFoundText("No such sitemap. The index is /sitemap.xml.");
  const xml = await cachedSitemapFileXml(file);
  if (xml === null) return notFoundText("No such sitemap. The index is /sitemap.xml.");
  return syndicationResponse(xml, SITEMAP_CONTENT_TYPE);
}
