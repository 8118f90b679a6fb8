import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articles, articleTags, media, sections, tags, users, type Language, type RichTextDoc } from "../schema";

// Reads and writes of a story's working copy for the editor and its save.

/** Locks the story's row until the transaction ends, so saves and workflow steps on it run one at a time. */
export async function lockArticleRow(db: Executor, articleId: string): Promise<{ id: string; version: number } | null> {
  const [row] = await db.select({ id: articles.id, version: articles.version }).from(articles).where(eq(articles.id, articleId)).for("update");
  return row ?? null;
}

export async function selectBylineIds(db: Executor, articleId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: articleBylines.userId })
    .from(articleBylines)
    .where(eq(articleBylines.articleId, articleId))
    .orderBy(asc(articleBylines.position));
  return rows.map((row) => row.userId);
}

export async function selectTagIds(db: Executor, articleId: string): Promise<string[]> {
  const rows = await db.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId)).orderBy(asc(articleTags.tagId));
  return rows.map((row) => row.tagId);
}

export async function selectUserName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.name ?? null;
}

/** Which story, other than `excludeId`, already uses this address in this language (working copy or live). */
export async function selectSlugHolder(
  db: Executor,
  params: { language: Language; slug: string; excludeId: string | null },
): Promise<{ id: string; headline: string } | null> {
  const notSelf = (column: typeof articles.id | typeof articlePublications.articleId) => (params.excludeId ? ne(column, params.excludeId) : sql`true`);
  const [working] = await db
    .select({ id: articles.id, headline: articles.headline })
    .from(articles)
    .where(and(eq(articles.language, params.language), eq(articles.slug, params.slug), notSelf(articles.id)))
    .limit(1);
  if (working) return working;
  const [live] = await db
    .select({ id: articlePublications.articleId, headline: articlePublications.headline })
    .from(articlePublications)
    .where(and(eq(articlePublications.language, params.language), eq(articlePublications.slug, params.slug), notSelf(articlePublications.articleId)))
    .limit(1);
  return live ?? null;
}

/** The other story of a translation group in `language`, if there is one. */
export async function selectTranslationIn(
  db: Executor,
  params: { translationGroupId: string; language: Language; excludeId?: string },
): Promise<{ id: string; headline: string; slug: string; language: Language } | null> {
  const [row] = await db
    .select({ id: articles.id, headline: articles.headline, slug: articles.slug, language: articles.language })
    .from(articles)
    .where(
      and(
        eq(articles.translationGroupId, params.translationGroupId),
        eq(articles.language, params.language),
        params.excludeId ? ne(articles.id, params.excludeId) : sql`true`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function selectExistingSectionIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: sections.id }).from(sections).where(inArray(sections.id, ids));
  return new Set(rows.map((row) => row.id));
}

export async function selectExistingMediaIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: media.id }).from(media).where(inArray(media.id, ids));
  return new Set(rows.map((row) => row.id));
}

export async function selectExistingTagIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: tags.id }).from(tags).where(inArray(tags.id, ids));
  return new Set(rows.map((row) => row.id));
}

export function selectUsersByIds(db: Executor, ids: string[]): Promise<{ id: string; name: string; active: boolean }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: users.id, name: users.name, active: users.active }).from(users).where(inArray(users.id, ids));
}

export type ArticleContentValues = {
  headline: string;
  standfirst: string;
  slug: string;
  language: Language;
  sectionId: string | null;
  leadImageId: string | null;
  body: RichTextDoc;
  bodyText: string;
  wordCount: number;
};

/**
 * Writes new content and moves the version on by one, only if the story is
 * still at `baseVersion`; null when it is not (someone else got there first).
 */
export async function updateArticleContent(
  db: Executor,
  params: { articleId: string; baseVersion: number; updatedBy: string; values: ArticleContentValues },
): Promise<{ version: number; updatedAt: Date } | null> {
  const [row] = await db
    .update(articles)
    .set({ ...params.values, version: sql`${articles.version} + 1`, updatedBy: params.updatedBy, updatedAt: sql`now()` })
    .where(and(eq(articles.id, params.articleId), eq(articles.version, params.baseVersion)))
    .returning({ version: articles.version, updatedAt: articles.updatedAt });
  return row ?? null;
}

export async function replaceBylines(db: Executor, articleId: string, userIds: string[]): Promise<void> {
  await db.delete(articleBylines).where(eq(articleBylines.articleId, articleId));
  if (userIds.length > 0) await db.insert(articleBylines).values(userIds.map((userId, position) => ({ articleId, userId, position })));
}

export async function replaceTags(db: Executor, articleId: string, tagIds: string[]): Promise<void> {
  await db.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (tagIds.length > 0) await db.insert(articleTags).values(tagIds.map((tagId) => ({ articleId, tagId })));
}

export async function insertArticle(db: Executor, values: typeof articles.$inferInsert): Promise<typeof articles.$inferSelect> {
  const [row] = await db.insert(articles).values(values).returning();
  if (!row) throw new Error("insertArticle inserted no row");
  return row;
}
