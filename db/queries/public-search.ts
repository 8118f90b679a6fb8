import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import type { Language } from "../schema";
import { rowsOf } from "../rows";

// The reader site's search: ranked full-text search over live stories
// (article_publications.search_vector, GIN-indexed; headline and tag names
// weigh A, standfirst and body B). The query must be prepared like the stored
// text: Khmer split into words (lib/search/segment.ts segmentForSearch).

/** Marks ts_headline puts around matched words: private-use characters no story contains, never HTML. */
export const SNIPPET_START = "\uE000";
export const SNIPPET_STOP = "\uE001";

const HEADLINE_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

/**
 * How many of the newest matches are ranked (and counted). News search
 * favours the recent, and a word found in half the archive then costs no more
 * than a rare one. Thirty pages of ten; the page tells readers when more
 * stories match than were ranked.
 */
export const SEARCH_CANDIDATES = 300;

/**
 * How many of the newest stories per language the first pass reads in date
 * order for a query of several words. About the square root of candidates ×
 * stories per language at 100,000 stories: a bigger window costs every rare
 * query more, a smaller one sends more common pairs to the index pass.
 */
export const SEARCH_RECENT_WINDOW = 4_000;

export type SearchRow = {
  id: string;
  rank: number;
  /** Matches among the ranked candidates (at most SEARCH_CANDIDATES). */
  total: number;
  /** More stories match than the SEARCH_CANDIDATES newest that were ranked and counted. */
  capped: boolean;
  /** English stories: ts_headline's excerpt with SNIPPET_START/STOP around matches. */
  snippet: string | null;
  /** Khmer stories: the standfirst and body as written, for an excerpt cut in the app (see lib/public/search-snippet.ts). */
  plainText: string | null;
};

type SearchParams = { query: string; languages: readonly Language[]; sectionSlug?: string; limit: number; offset: number };

function config(language: Language): SQL {
  return sql.raw(language === "en" ? "'english'::regconfig" : "'simple'::regconfig");
}

const CONFIG_OF_ROW = sql.raw("(case when language = 'en' then 'english'::regconfig else 'simple'::regconfig end)");

// One more than are ranked, so the count can tell "300" from "more than 300".
const FETCHED = SEARCH_CANDIDATES + 1;

/**
 * The newest FETCHED matches in one language, as a CTE named found_<n>.
 *
 * PostgreSQL estimates "word AND word" as if the words were independent, so
 * for two common words it expects a few thousand matches where there are
 * tens of thousands, picks the GIN bitmap and sorts every match by date
 * (over 300 ms at 100,000 stories). So a query of several words first reads
 * the newest SEARCH_RECENT_WINDOW stories in date order and keeps the matches; if
 * they fill the candidates, they are the newest matches of the whole archive.
 * Only otherwise (a rarer query, with few matches) does the second pass run,
 * through the index, over every story. One word is estimated well from the
 * GIN statistics, so the planner's own choice is kept for it.
 */
function newestMatches(n: number, language: Language, params: SearchParams, sectionId: SQL): SQL {
  const tsquery = sql`websearch_to_tsquery(${config(language)}, ${params.query})`;
  const section = params.sectionSlug ? sql`and section_id = ${sectionId}` : sql``;
  const found = sql.raw(`found_${n}`);
  const everywhere = sql`
    select article_id, published_at from article_publications
    where language = ${language} and search_vector @@ ${tsquery} ${section}`;
  if (params.query.trim().split(/\s+/).length === 1) {
    return sql`${found} as (${everywhere} order by published_at desc limit ${FETCHED})`;
  }
  const recent = sql.raw(`recent_${n}`);
  return sql`${recent} as materialized (
      select article_id, published_at from (
        select article_id, published_at, search_vector from article_publications
        where language = ${language} ${section}
        order by published_at desc limit ${SEARCH_RECENT_WINDOW}
      ) newest
      where search_vector @@ ${tsquery}
      order by published_at desc limit ${FETCHED}
    ), ${found} as (
      select article_id, published_at from ${recent} where (select count(*) from ${recent}) = ${FETCHED}
      union all
      (${everywhere} and (select count(*) from ${recent}) < ${FETCHED} order by published_at desc limit ${FETCHED})
    )`;
}

/**
 * One page of the best matches for a prepared query. News search favours the
 * recent: the newest SEARCH_CANDIDATES matches (in any of the languages, and
 * the section if given) are ranked with ts_rank_cd, newest first among
 * equals. Only the returned page gets an excerpt.
 */
export async function searchLiveStories(db: Executor, params: SearchParams): Promise<SearchRow[]> {
  if (params.languages.length === 0) return [];
  const sectionId = sql`(select id from sections where slug = ${params.sectionSlug ?? ""})`;
  const perLanguage = params.languages.map((language, n) => newestMatches(n, language, params, sectionId));
  const found = sql.join(
    params.languages.map((_, n) => sql`select article_id, published_at from ${sql.raw(`found_${n}`)}`),
    sql` union all `,
  );
  const result = await db.transaction(async (tx) => {
    // Story data is read from memory or SSD, where a random read costs about a
    // sequential one; with the default (4.0) the planner scans the whole table
    // for common words instead of walking the newest stories by index. And the
    // plan must be made for the words asked: postgres.js prepares statements,
    // and a cached generic plan would not know how common they are.
    await tx.execute(sql`select set_config('random_page_cost', '1.1', true), set_config('plan_cache_mode', 'force_custom_plan', true)`);
    return tx.execute(sql`
      with ${sql.join(perLanguage, sql`, `)},
      candidates as (
        select article_id, published_at, count(*) over () as fetched
        from (${found}) matches
        order by published_at desc, article_id
        limit ${FETCHED}
      ), ranked as (
        select c.article_id, p.language, c.published_at, c.fetched,
          ts_rank_cd(p.search_vector, websearch_to_tsquery(${CONFIG_OF_ROW}, ${params.query})) as rank
        from (select * from candidates order by published_at desc, article_id limit ${SEARCH_CANDIDATES}) c
        join article_publications p on p.article_id = c.article_id
        order by rank desc, c.published_at desc, c.article_id
        limit ${params.limit} offset ${params.offset}
      )
      select r.article_id as "id", r.rank, r.fetched,
        case when r.language = 'en'
          then ts_headline('english'::regconfig, p.search_body, websearch_to_tsquery('english'::regconfig, ${params.query}), ${HEADLINE_OPTIONS})
        end as "snippet",
        case when r.language <> 'en' then p.standfirst || E'\\n' || p.body_text end as "plainText"
      from ranked r join article_publications p on p.article_id = r.article_id
      order by r.rank desc, r.published_at desc, r.article_id`);
  });
  const rows = rowsOf<{
    id: string;
    rank: number | string;
    fetched: number | string;
    snippet: string | null;
    plainText: string | null;
  }>(result);
  return rows.map(({ fetched, ...row }) => ({
    ...row,
    rank: Number(row.rank),
    total: Math.min(Number(fetched), SEARCH_CANDIDATES),
    capped: Number(fetched) > SEARCH_CANDIDATES,
  }));
}
