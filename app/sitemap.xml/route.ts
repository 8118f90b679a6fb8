import { connection } from "next/server";
import { SITEMAP_CONTENT_TYPE } from "@/lib/public/sitemaps";
import { cachedSitemapIndexXml, syndicationResponse } from "@/lib/public/syndication-cache";

// /sitemap.xml: the index of the site's sitemaps (see lib/public/sitemaps.ts).
export async function GET(): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  return syndicationResponse(await cachedSitemapIndexXml(), SITEMAP_CONTENT_TYPE);
}
