import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import type { Language } from "@/db/schema";
import { buildFeedXml } from "./feeds";
import { buildRobotsTxt, buildSitemapFileXml, buildSitemapIndexXml, type SitemapFile } from "./sitemaps";
import type { FeedFormat } from "./syndication-urls";

// Feeds, sitemaps and robots.txt are built once and served from Next's cache until a
// story changes (revalidateSyndication, called by the publish path through
// revalidatePublicArticle) or five minutes pass. The handlers stay dynamic so
// nothing reads the database at build time; only the XML is cached.

export const SYNDICATION_TAG = "public-syndication";
export const SYNDICATION_REVALIDATE_SECONDS = 300;

/** Browsers and CDNs may keep a feed or sitemap a minute, then revalidate in the background. */
export const SYNDICATION_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=600";

export const cachedFeedXml = unstable_cache(
  async (format: FeedFormat, language: Language | null, sectionSlug: string | null) =>
    buildFeedXml(await getDb(), format, { language: language ?? undefined, sectionSlug: sectionSlug ?? undefined }),
  ["masthead-feed-v1"],
  { tags: [SYNDICATION_TAG], revalidate: SYNDICATION_REVALIDATE_SECONDS },
);

export const cachedSitemapIndexXml = unstable_cache(async () => buildSitemapIndexXml(await getDb()), ["masthead-sitemap-index-v1"], {
  tags: [SYNDICATION_TAG],
  revalidate: SYNDICATION_REVALIDATE_SECONDS,
});

// The news sitemap's 48-hour window moves with the clock, so it is rebuilt at
// least every five minutes even when nothing is published.
export const cachedSitemapFileXml = unstable_cache(
  async (file: SitemapFile) => buildSitemapFileXml(await getDb(), file),
  ["masthead-sitemap-file-v1"],
  { tags: [SYNDICATION_TAG], revalidate: SYNDICATION_REVALIDATE_SECONDS },
);

export const cachedRobotsTxt = unstable_cache(async () => buildRobotsTxt(await getDb()), ["masthead-robots-v1"], {
  tags: [SYNDICATION_TAG],
  revalidate: SYNDICATION_REVALIDATE_SECONDS,
});

/** Drops every cached feed and sitemap, so the next request rebuilds it from live stories. */
export function revalidateSyndication(): void {
  revalidateTag(SYNDICATION_TAG, { expire: 0 });
}

export function syndicationResponse(xml: string, contentType: string): Response {
  return new Response(xml, { headers: { "Content-Type": contentType, "Cache-Control": SYNDICATION_CACHE_CONTROL } });
}

export function notFoundText(message: string): Response {
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": SYNDICATION_CACHE_CONTROL } });
}
