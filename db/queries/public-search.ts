import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import type { Language } from "../schema";

// The reader site's search: ranked full-text search over live stories
// (article_publications.search_vector, GIN-indexed; headline and tag names
// weigh A, standfirst and body B). The query must be prepared like the stored
// text: Khmer split into words (lib/search/segment.ts segmentForSearch).

/** Marks ts_headline puts around matched words: private-use characters no story contains, never HTML. */
export const SNIPPET_START = "\uE000";
export const SNIPPET_STOP = "\uE001";

const HEADLINE_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

/** How many of the newest matches are ranked: a word found in half the archive costs no more than this. */
export const SEARCH_CANDIDATES = 1_000;

export type SearchRow = {
  id: string;
  rank: number;
  /** Matches among the ranked candidates (at most SEARCH_CANDIDATES). */
  total: number;
  /** English stories: ts_headline's excerpt with SNIPPET_START/STOP around matches. */
  snippet: string | null;
  /** Khmer stories: the standfirst and body as written, for an excerpt cut in the app (see lib/public/search-snippet.ts). */
  plainText: string | null;
};

function config(language: Language): SQL {
  return sql.raw(language === "en" ? "'english'::regconfig" : "'simple'::regconfig");
}

const CONFIG_OF_ROW = sql.raw("(case when language = 'en' then 'english'::regconfig else 'simple'::regconfig end)");

/**
 * One page of the best matches for a prepared query. News search favours the
 * recent: the newest SEARCH_CANDIDATES matches are ranked with ts_rank_cd,
 * newest first among equals. Only the returned page gets an excerpt.
 */
export async function searchLiveStories(
  db: Executor,
  params: { query: string; languages: readonly Language[]; sectionSlug?: string; limit: number; offset: number },
): Promise<SearchRow[]> {
  if (params.languages.length === 0) return [];
  const matches = sql.join(
    params.languages.map((language) => sql`(p.language = ${language} and p.search_vector @@ websearch_to_tsquery(${config(language)}, ${params.query}))`),
    sql` or `,
  );
  const section = params.sectionSlug ? sql`and p.section_id = (select id from sections where slug = ${params.sectionSlug})` : sql``;
  const result = await db.transaction(async (tx) => {
    // Story data is read from memory or SSD, where a random read costs about a
    // sequential one; with the default (4.0) the planner scans the whole table
    // for common words instead of walking the newest stories by index.
    await tx.execute(sql`set local random_page_cost = 1.1`);
    return tx.execute(sql`
      with candidates as (
        select p.article_id, p.language, p.published_at, p.search_vector
        from article_publications p
        where (${matches}) ${section}
        order by p.published_at desc
        limit ${SEARCH_CANDIDATES}
      ), ranked as (
        select article_id, language, published_at,
          ts_rank_cd(search_vector, websearch_to_tsquery(${CONFIG_OF_ROW}, ${params.query})) as rank,
          count(*) over () as total
        from candidates
        order by rank desc, published_at desc, article_id
        limit ${params.limit} offset ${params.offset}
      )
      select r.article_id as "id", r.rank, r.total,
        case when r.language = 'en'
          then ts_headline('english'::regconfig, p.search_body, websearch_to_tsquery('english'::regconfig, ${params.query}), ${HEADLINE_OPTIONS})
        end as "snippet",
        case when r.language <> 'en' then p.standfirst || E'\\n' || p.body_text end as "plainText"
      from ranked r join article_publications p on p.article_id = r.article_id
      order by r.rank desc, r.published_at desc, r.article_id`);
  });
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    id: string;
    rank: number | string;
    total: number | string;
    snippet: string | null;
    plainText: string | null;
  }[];
  return rows.map((row) => ({ ...row, rank: Number(row.rank), total: Number(row.total) }));
}
