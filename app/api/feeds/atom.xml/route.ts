import { connection } from "next/server";
import { FEED_CONTENT_TYPE } from "@/lib/public/feeds";
import { cachedFeedXml, syndicationResponse } from "@/lib/public/syndication-cache";

// /api/feeds/atom.xml: the newest stories of both languages together.
export async function GET(): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  const xml = await cachedFeedXml("atom", null, null);
  return syndicationResponse(xml ?? "", FEED_CONTENT_TYPE.atom);
}
