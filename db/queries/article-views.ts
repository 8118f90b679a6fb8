import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articlePublications } from "../schema";

export type ViewCountRow = { articleId: string; day: string; views: number };

// Rows per statement: well under PostgreSQL's 65,535 bind parameters (3 per row).
const BATCH_ROWS = 1_000;

/**
 * Adds buffered read counts to article_views_daily in one statement per batch:
 * each (article, day) row is inserted or has its count increased by the
 * batch's sum (`views = article_views_daily.views + excluded.views`), so two
 * servers flushing at once both land and nothing is read and written back.
 * Counts for a story deleted since it was read are dropped (the join), instead
 * of failing the whole batch on the foreign key. Callers pass each
 * (article, day) once; rows go in a stable order so concurrent flushes take
 * row locks in the same order and cannot deadlock.
 */
export async function upsertViewCounts(db: Executor, counts: readonly ViewCountRow[]): Promise<void> {
  const rows = counts
    .filter((count) => count.views > 0)
    .sort((a, b) => (a.articleId === b.articleId ? a.day.localeCompare(b.day) : a.articleId.localeCompare(b.articleId)));
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const values = sql.join(
      batch.map((row) => sql`(${row.articleId}::uuid, ${row.day}::text, ${row.views}::integer)`),
      sql`, `,
    );
    await db.execute(sql`
      insert into article_views_daily (article_id, day, views)
      select v.article_id, v.day, v.views
      from (values ${values}) as v(article_id, day, views)
      join articles a on a.id = v.article_id
      order by v.article_id, v.day
      on conflict (article_id, day) do update set views = article_views_daily.views + excluded.views`);
  }
}

/** Whether a story is live for readers (it has a row in article_publications). */
export async function selectIsPublished(db: Executor, articleId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: articlePublications.articleId })
    .from(articlePublications)
    .where(eq(articlePublications.articleId, articleId))
    .limit(1);
  return row !== undefined;
}
