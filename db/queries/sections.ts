import { and, asc, count, eq, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articlePublications, articles, sections } from "../schema";

export type SectionRow = typeof sections.$inferSelect;

const ORDER = [asc(sections.position), asc(sections.name), asc(sections.id)] as const;

export function selectSectionsInOrder(db: Executor): Promise<SectionRow[]> {
  return db
    .select()
    .from(sections)
    .orderBy(...ORDER);
}

/**
 * Every section, in order, locked: reordering rewrites positions against a
 * list nobody else is changing. The rows are read again after the lock is
 * held, because a locking read that had to wait returns them in the order it
 * sorted them before the other transaction renumbered them.
 */
export async function selectSectionsInOrderForUpdate(db: Executor): Promise<SectionRow[]> {
  await db.select({ id: sections.id }).from(sections).orderBy(asc(sections.id)).for("update");
  return selectSectionsInOrder(db);
}

export async function selectSectionById(db: Executor, params: { id: string; forUpdate?: boolean }): Promise<SectionRow | null> {
  const query = db.select().from(sections).where(eq(sections.id, params.id)).limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function selectSectionBySlug(db: Executor, params: { slug: string }): Promise<SectionRow | null> {
  const [row] = await db.select().from(sections).where(eq(sections.slug, params.slug)).limit(1);
  return row ?? null;
}

export async function selectNextSectionPosition(db: Executor): Promise<number> {
  const [row] = await db.select({ next: sql<number>`coalesce(max(${sections.position}) + 1, 0)`.mapWith(Number) }).from(sections);
  return row?.next ?? 0;
}

export async function insertSection(
  db: Executor,
  params: { slug: string; name: string; nameKm: string; description: string; position: number },
): Promise<SectionRow> {
  const [row] = await db.insert(sections).values(params).returning();
  if (!row) throw new Error("insertSection returned no row");
  return row;
}

export async function updateSection(
  db: Executor,
  params: { id: string; slug: string; name: string; nameKm: string; description: string },
): Promise<void> {
  const { id, ...fields } = params;
  await db.update(sections).set(fields).where(eq(sections.id, id));
}

export async function updateSectionPosition(db: Executor, params: { id: string; position: number }): Promise<void> {
  await db.update(sections).set({ position: params.position }).where(eq(sections.id, params.id));
}

export async function deleteSectionById(db: Executor, params: { id: string }): Promise<void> {
  await db.delete(sections).where(eq(sections.id, params.id));
}

/**
 * How many stories each section holds: working copies filed in it, plus live
 * copies still naming it after the working copy moved on. Only sections with
 * stories appear; `onlyId` limits the count to one section.
 */
export async function selectSectionStoryCounts(db: Executor, params: { onlyId?: string } = {}): Promise<Map<string, number>> {
  const working = await db
    .select({ sectionId: articles.sectionId, count: count() })
    .from(articles)
    .where(params.onlyId ? eq(articles.sectionId, params.onlyId) : isNotNull(articles.sectionId))
    .groupBy(articles.sectionId);
  const liveOnly = await db
    .select({ sectionId: articlePublications.sectionId, count: count() })
    .from(articlePublications)
    .innerJoin(articles, eq(articles.id, articlePublications.articleId))
    .where(
      and(
        params.onlyId ? eq(articlePublications.sectionId, params.onlyId) : isNotNull(articlePublications.sectionId),
        or(isNull(articles.sectionId), ne(articles.sectionId, articlePublications.sectionId)),
      ),
    )
    .groupBy(articlePublications.sectionId);
  const counts = new Map<string, number>();
  for (const row of [...working, ...liveOnly]) {
    if (row.sectionId) counts.set(row.sectionId, (counts.get(row.sectionId) ?? 0) + row.count);
  }
  return counts;
}

export async function countStoriesInSection(db: Executor, params: { id: string }): Promise<number> {
  return (await selectSectionStoryCounts(db, { onlyId: params.id })).get(params.id) ?? 0;
}
