import { asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articleTags, articles, revisions, type RevisionSnapshot } from "../schema";

export type RevisionRow = typeof revisions.$inferSelect;

/** What a revision records about a story as it stands in the database now. */
export async function selectRevisionSource(
  db: Executor,
  articleId: string,
): Promise<{ version: number; wordCount: number; snapshot: RevisionSnapshot } | null> {
  const [article] = await db
    .select({
      version: articles.version,
      wordCount: articles.wordCount,
      headline: articles.headline,
      standfirst: articles.standfirst,
      slug: articles.slug,
      body: articles.body,
      sectionId: articles.sectionId,
      leadImageId: articles.leadImageId,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!article) return null;
  const [bylineRows, tagRows] = await Promise.all([
    db.select({ userId: articleBylines.userId }).from(articleBylines).where(eq(articleBylines.articleId, articleId)).orderBy(asc(articleBylines.position)),
    db.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId)).orderBy(asc(articleTags.tagId)),
  ]);
  const { version, wordCount, ...content } = article;
  return {
    version,
    wordCount,
    snapshot: { ...content, bylineIds: bylineRows.map((row) => row.userId), tagIds: tagRows.map((row) => row.tagId) },
  };
}

/** The newest revision of a story, if it is a save by `authorId` started less than `windowSeconds` ago. */
export async function selectCoalescableRevision(
  db: Executor,
  params: { articleId: string; authorId: string; windowSeconds: number },
): Promise<{ id: string } | null> {
  const [latest] = await db
    .select({ id: revisions.id, kind: revisions.kind, authorId: revisions.authorId, fresh: sql<boolean>`${revisions.createdAt} > now() - make_interval(secs => ${params.windowSeconds})` })
    .from(revisions)
    .where(eq(revisions.articleId, params.articleId))
    .orderBy(desc(revisions.createdAt), desc(revisions.articleVersion))
    .limit(1);
  if (!latest || latest.kind !== "save" || latest.authorId !== params.authorId || !latest.fresh) return null;
  return { id: latest.id };
}

export async function insertRevision(db: Executor, values: typeof revisions.$inferInsert): Promise<RevisionRow> {
  const [row] = await db.insert(revisions).values(values).returning();
  if (!row) throw new Error("insertRevision inserted no row");
  return row;
}

export async function updateRevisionContent(
  db: Executor,
  params: { id: string; articleVersion: number; snapshot: RevisionSnapshot; wordCount: number; note?: string },
): Promise<RevisionRow> {
  const [row] = await db
    .update(revisions)
    .set({
      articleVersion: params.articleVersion,
      snapshot: params.snapshot,
      wordCount: params.wordCount,
      updatedAt: sql`now()`,
      ...(params.note ? { note: params.note } : {}),
    })
    .where(eq(revisions.id, params.id))
    .returning();
  if (!row) throw new Error("updateRevisionContent updated no row");
  return row;
}
