import { connection } from "next/server";
import { decodeParam, isLanguage } from "@/lib/i18n/languages";
import { FEED_CONTENT_TYPE } from "@/lib/public/feeds";
import { cachedFeedXml, notFoundText, syndicationResponse } from "@/lib/public/syndication-cache";

// /sections/{slug}/feed.xml and /km/sections/{slug}/feed.xml: one section's newest stories in a language.
export async function GET(_request: Request, context: { params: Promise<{ lang: string; slug: string }> }): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  const { lang, slug } = await context.params;
  if (!isLanguage(lang)) return notFoundText("Not found");
  const xml = await cachedFeedXml("rss", lang, decodeParam(slug));
  if (xml === null) return notFoundText("No such section");
  return syndicationResponse(xml, FEED_CONTENT_TYPE.rss);
}
