import { connection } from "next/server";
import { isLanguage } from "@/lib/i18n/languages";
import { FEED_CONTENT_TYPE } from "@/lib/public/feeds";
import { cachedFeedXml, notFoundText, syndicationResponse } from "@/lib/public/syndication-cache";

// /atom.xml (English) and /km/atom.xml: a language's newest stories, all sections.
export async function GET(_request: Request, context: { params: Promise<{ lang: string }> }): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  const { lang } = await context.params;
  if (!isLanguage(lang)) return notFoundText("Not found");
  const xml = await cachedFeedXml("atom", lang, null);
  return syndicationResponse(xml ?? "", FEED_CONTENT_TYPE.atom);
}
