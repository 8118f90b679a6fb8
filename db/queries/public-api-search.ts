import { sql, type SQL } from "drizzle-orm";
import type { Executor, Transaction } from "../client";
import type { Language } from "../schema";

// Ranked full-text search over live stories (article_publications.search_vector,
// GIN-indexed). The query must already be prepared like the stored text: Khmer
// split into words (lib/search/segment.ts segmentForSearch).

export type SearchHit = { id: string; language: Language; slug: string; headline: string; publishedAt: Date; rank: number; snippet: string };

/**
 * How many of the newest matches are ranked. News search favours the recent,
 * and a word found in half the archive then costs no more than a rare one.
 */
export const SEARCH_CANDIDATES = 150;
// How many of the newest stories the first, date-ordered pass reads.
const RECENT_WINDOW = 2_500;

function config(language: Language): SQL {
  return sql.raw(language === "en" ? "'english'::regconfig" : "'simple'::regconfig");
}

const CONFIG_OF_ROW = sql.raw("(case when language = 'en' then 'english'::regconfig else 'simple'::regconfig end)");

type Candidate = { id: string; publishedAt: string };

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/**
 * The newest matches in one language. PostgreSQL estimates "word AND word"
 * as if the words were independent, so for two common words it expects a few
 * thousand matches where there are tens of thousands, picks the GIN bitmap,
 * and fetches every match to sort it by date (130 ms at 100,000 stories). So
 * first read the newest stories in date order and keep the matches; only a
 * query too rare to fill the candidates there goes through the GIN index,
 * where it finds few rows.
 */
async function newestMatches(tx: Transaction, language: Language, query: string): Promise<Candidate[]> {
  const tsquery = sql`websearch_to_tsquery(${config(language)}, ${query})`;
  // One word is estimated well (the GIN statistics know its frequency): the planner's own choice is right.
  const oneWord = query.trim().split(/\s+/).length === 1;
  const recent = oneWord
    ? []
    : rowsOf<Candidate>(
    await tx.execute(sql`
      select recent.article_id as "id", recent.published_at::text as "publishedAt"
      from (
        select article_id, published_at, search_vector from article_publications
        where language = ${language} order by published_at desc limit ${RECENT_WINDOW}
      ) recent
      where recent.search_vector @@ ${tsquery}
      order by recent.published_at desc
      limit ${SEARCH_CANDIDATES}`),
  );
  if (recent.length === SEARCH_CANDIDATES) return recent;
  return rowsOf<Candidate>(
    await tx.execute(sql`
      select article_id as "id", published_at::text as "publishedAt" from article_publications
      where language = ${language} and search_vector @@ ${tsquery}
      order by published_at desc
      limit ${SEARCH_CANDIDATES}`),
  );
}

/**
 * The best matches for a prepared query, in one language or both: the newest
 * SEARCH_CANDIDATES matches ranked by ts_rank_cd (headline and tag words weigh
 * more than body words), newest first among equals; only the returned page
 * gets a highlighted snippet (<mark>).
 */
export async function searchPublishedArticles(
  db: Executor,
  params: { query: string; language?: Language; limit: number; offset?: number },
): Promise<SearchHit[]> {
  if (params.query.trim() === "") return [];
  const languages: Language[] = params.language ? [params.language] : ["en", "km"];
  const rows = await db.transaction(async (tx) => {
    // Stories are read from memory or SSD, where a random read costs about a
    // sequential one; with the default (4.0) the planner prefers scanning the
    // whole table to walking the date index.
    await tx.execute(sql`set local random_page_cost = 1.1`);
    const perLanguage = await Promise.all(languages.map((language) => newestMatches(tx, language, params.query)));
    const candidates = perLanguage
      .flat()
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
      .slice(0, SEARCH_CANDIDATES)
      .map((c) => c.id);
    if (candidates.length === 0) return [];
    const ids = sql.join(
      candidates.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const query = sql`websearch_to_tsquery(${CONFIG_OF_ROW}, ${params.query})`;
    return rowsOf<{ id: string; language: Language; slug: string; headline: string; publishedAt: Date | string; rank: number | string; snippet: string }>(
      await tx.execute(sql`
        with ranked as (
          select article_id, language, slug, headline, published_at, search_body, ts_rank_cd(search_vector, ${query}) as rank
          from article_publications
          where article_id in (${ids})
          order by rank desc, published_at desc, article_id
          limit ${params.limit} offset ${params.offset ?? 0}
        )
        select article_id as "id", language, slug, headline, published_at as "publishedAt", rank,
          ts_headline(${CONFIG_OF_ROW}, search_body, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=24, MinWords=10') as snippet
        from ranked
        order by rank desc, published_at desc, article_id`),
    );
  });
  return rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt), rank: Number(row.rank) }));
}
