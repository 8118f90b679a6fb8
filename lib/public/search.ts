import type { Database } from "@/db/client";
import { selectPublishedSummariesByIds } from "@/db/queries/public-articles";
import { searchLiveStories } from "@/db/queries/public-search";
import { LANGUAGES, type Language } from "@/db/schema";
import { removeNulCharacters } from "@/lib/forms/storable-text";
import { segmentForSearch } from "@/lib/search/segment";
import { isLookupSlug } from "./lookup-slug";
import { excerptAround, parseHeadlineSnippet, queryWords } from "./search-snippet";
import { toSummaries } from "./summaries";
import type { PublicSearchResult, SnippetPart } from "./types";

export { SEARCH_CANDIDATES, SEARCH_RECENT_WINDOW } from "@/db/queries/public-search";

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_MAX_QUERY_LENGTH = 200;

export type SearchParams = {
  /** What the reader typed. */
  query: string;
  /** Stories in these languages; both when omitted. */
  languages?: readonly Language[];
  sectionSlug?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
};

/**
 * Searches live stories only. The query is prepared as the stored search text
 * was (Khmer split into words by ICU), so a Khmer word is found inside
 * unspaced Khmer text. Every hit carries a highlighted excerpt as parts.
 */
export async function searchPublishedStories(db: Database, params: SearchParams): Promise<PublicSearchResult> {
  const page = Math.max(1, Math.floor(params.page ?? 1));
  const pageSize = params.pageSize ?? SEARCH_PAGE_SIZE;
  const empty: PublicSearchResult = { hits: [], total: 0, capped: false, page, pageSize, hasNext: false };
  const prepared = segmentForSearch(removeNulCharacters(params.query).trim().slice(0, SEARCH_MAX_QUERY_LENGTH)).trim();
  if (!prepared || !isLookupSlug(params.sectionSlug)) return empty;
  const languages = params.languages && params.languages.length > 0 ? params.languages : LANGUAGES;
  const rows = await searchLiveStories(db, {
    query: prepared,
    languages,
    sectionSlug: params.sectionSlug,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  if (rows.length === 0) return empty;
  const summaries = await toSummaries(db, await selectPublishedSummariesByIds(db, rows.map((row) => row.id)));
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const wanted = queryWords(prepared);
  const hits = rows.flatMap((row) => {
    const summary = byId.get(row.id);
    if (!summary) return [];
    let snippet: SnippetPart[] = [];
    if (row.snippet) snippet = parseHeadlineSnippet(row.snippet);
    else if (row.plainText) snippet = excerptAround(row.plainText, wanted);
    return [{ ...summary, rank: row.rank, snippet }];
  });
  const total = rows[0]?.total ?? 0;
  return { hits, total, capped: rows[0]?.capped ?? false, page, pageSize, hasNext: page * pageSize < total };
}
