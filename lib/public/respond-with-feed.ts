import { connection } from "next/server";
import type { Language } from "@/db/schema";
import { decodeParam } from "@/lib/i18n/languages";
import { FEED_CONTENT_TYPE } from "./feeds";
import { cachedFeedXml, notFoundText, syndicationResponse } from "./syndication-cache";
import type { FeedFormat } from "./syndication-urls";

/**
 * What a language's feeds answer: /feed.xml and /atom.xml (its newest stories,
 * all sections), or /sections/{slug}/feed.xml and …/atom.xml (one section).
 */
export async function respondWithFeed(format: FeedFormat, language: Language, rawSectionSlug?: string): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  const xml = await cachedFeedXml(format, language, rawSectionSlug === undefined ? null : decodeParam(rawSectionSlug));
  if (xml === null) return notFoundText("No such section");
  return syndicationResponse(xml, FEED_CONTENT_TYPE[format]);
}
