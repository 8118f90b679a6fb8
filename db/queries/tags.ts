import { asc, count, eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleTags, tags } from "../schema";

export type TagRow = typeof tags.$inferSelect;
export type TagWithUsageRow = TagRow & { usage: number };

/** Every tag with the number of stories carrying it, by name. */
export function selectTagsWithUsage(db: Executor): Promise<TagWithUsageRow[]> {
  return db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      createdAt: tags.createdAt,
      // The outer table is named explicitly: drizzle writes bare column names inside sql``.
      usage: sql<number>`(select count(*) from ${articleTags} as tagged where tagged.tag_id = ${tags}.id)`.mapWith(Number),
    })
    .from(tags)
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id));
}

export async function selectTagById(db: Executor, params: { id: string; forUpdate?: boolean }): Promise<TagRow | null> {
  const query = db.select().from(tags).where(eq(tags.id, params.id)).limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function selectTagBySlug(db: Executor, params: { slug: string }): Promise<TagRow | null> {
  const [row] = await db.select().from(tags).where(eq(tags.slug, params.slug)).limit(1);
  return row ?? null;
}

export async function updateTag(db: Executor, params: { id: string; name: string; slug: string }): Promise<void> {
  await db.update(tags).set({ name: params.name, slug: params.slug }).where(eq(tags.id, params.id));
}

export async function countTagUsage(db: Executor, params: { id: string }): Promise<number> {
  const [row] = await db.select({ count: count() }).from(articleTags).where(eq(articleTags.tagId, params.id));
  return row?.count ?? 0;
}

/**
 * Gives every story tagged `fromId` the tag `intoId` instead. A story that
 * already has both keeps one row: the insert skips existing pairs, so the
 * primary key is never violated.
 */
export async function moveArticleTags(db: Executor, params: { fromId: string; intoId: string }): Promise<number> {
  const moved = await db
    .insert(articleTags)
    .select(
      db
        .select({ articleId: articleTags.articleId, tagId: sql<string>`${params.intoId}::uuid`.as("tag_id") })
        .from(articleTags)
        .where(eq(articleTags.tagId, params.fromId)),
    )
    .onConflictDoNothing()
    .returning({ articleId: articleTags.articleId });
  await db.delete(articleTags).where(eq(articleTags.tagId, params.fromId));
  return moved.length;
}

export async function deleteTagById(db: Executor, params: { id: string }): Promise<void> {
  await db.delete(tags).where(eq(tags.id, params.id));
}
