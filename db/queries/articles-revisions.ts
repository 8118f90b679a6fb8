import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articleTags, articles, revisions, type RevisionSnapshot } from "../schema";

export type RevisionRow = typeof revisions.$inferSelect;

/** The story's version and word count, or null if there is no such story. */
export async function selectRevisionHead(db: Executor, articleId: string): Promise<{ version: number; wordCount: number } | null> {
  const [row] = await db.select({ version: articles.version, wordCount: articles.wordCount }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row ?? null;
}

/**
 * The story as it stands in the database, as a revision snapshot built by the
 * database itself: a long story's body (hundreds of KB) is copied row to row
 * instead of being read into the server and written back on every autosave.
 */
function storySnapshot(articleId: string) {
  return sql<RevisionSnapshot>`(SELECT jsonb_build_object(
    'headline', a.headline, 'standfirst', a.standfirst, 'slug', a.slug, 'body', a.body,
    'sectionId', a.section_id, 'leadImageId', a.lead_image_id,
    'bylineIds', COALESCE((SELECT jsonb_agg(b.user_id ORDER BY b.position) FROM ${articleBylines} b WHERE b.article_id = a.id), '[]'::jsonb),
    'tagIds', COALESCE((SELECT jsonb_agg(t.tag_id ORDER BY t.tag_id) FROM ${articleTags} t WHERE t.article_id = a.id), '[]'::jsonb)
  ) FROM ${articles} a WHERE a.id = ${articleId})`;
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

type RevisionWritten = { id: string; articleVersion: number };

/** A new revision holding the story as it stands now. */
export async function insertStoryRevision(
  db: Executor,
  values: { articleId: string; articleVersion: number; wordCount: number; kind: RevisionRow["kind"]; authorId: string | null; note: string },
): Promise<RevisionWritten> {
  const [row] = await db
    .insert(revisions)
    .values({ ...values, snapshot: storySnapshot(values.articleId) })
    .returning({ id: revisions.id, articleVersion: revisions.articleVersion });
  if (!row) throw new Error("insertStoryRevision inserted no row");
  return row;
}

/** Moves an open revision on to the story as it stands now. */
export async function updateRevisionToStory(
  db: Executor,
  params: { id: string; articleId: string; articleVersion: number; wordCount: number; note?: string },
): Promise<RevisionWritten> {
  const [row] = await db
    .update(revisions)
    .set({
      articleVersion: params.articleVersion,
      snapshot: storySnapshot(params.articleId),
      wordCount: params.wordCount,
      updatedAt: sql`now()`,
      ...(params.note ? { note: params.note } : {}),
    })
    .where(eq(revisions.id, params.id))
    .returning({ id: revisions.id, articleVersion: revisions.articleVersion });
  if (!row) throw new Error("updateRevisionToStory updated no row");
  return row;
}
