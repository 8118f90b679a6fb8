import { and, asc, desc, eq, inArray, lte, notInArray, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articles, media, users, workflowEvents, type ArticleStatus } from "../schema";

export type LockedArticleRow = typeof articles.$inferSelect;

/** The working copy, locked until the transaction ends, so two transitions never interleave. */
export async function selectArticleForUpdate(db: Executor, params: { articleId: string }): Promise<LockedArticleRow | null> {
  const [row] = await db.select().from(articles).where(eq(articles.id, params.articleId)).for("update");
  return row ?? null;
}

/**
 * The oldest scheduled story that is due and not locked by another process,
 * locked for this transaction. Several servers can run this at once: each
 * story goes to exactly one of them.
 */
export async function selectDueScheduledForUpdate(db: Executor, params: { now: Date; excludeIds?: string[] }): Promise<LockedArticleRow | null> {
  const [row] = await db
    .select()
    .from(articles)
    .where(
      and(
        eq(articles.status, "scheduled"),
        lte(articles.scheduledFor, params.now),
        params.excludeIds && params.excludeIds.length > 0 ? notInArray(articles.id, params.excludeIds) : undefined,
      ),
    )
    .orderBy(asc(articles.scheduledFor), asc(articles.id))
    .limit(1)
    .for("update", { skipLocked: true });
  return row ?? null;
}

/** Bylined people in byline order. */
export async function selectBylineUserIds(db: Executor, params: { articleId: string }): Promise<string[]> {
  const rows = await db
    .select({ userId: articleBylines.userId })
    .from(articleBylines)
    .where(eq(articleBylines.articleId, params.articleId))
    .orderBy(asc(articleBylines.position));
  return rows.map((row) => row.userId);
}

/** The live version's language and slug, or null when readers see nothing. */
export async function selectLivePublication(
  db: Executor,
  params: { articleId: string },
): Promise<{ language: "en" | "km"; slug: string; version: number; publishedAt: Date; updatedAt: Date } | null> {
  const [row] = await db
    .select({
      language: articlePublications.language,
      slug: articlePublications.slug,
      version: articlePublications.version,
      publishedAt: articlePublications.publishedAt,
      updatedAt: articlePublications.updatedAt,
    })
    .from(articlePublications)
    .where(eq(articlePublications.articleId, params.articleId))
    .limit(1);
  return row ?? null;
}

export async function deletePublication(db: Executor, params: { articleId: string }): Promise<void> {
  await db.delete(articlePublications).where(eq(articlePublications.articleId, params.articleId));
}

export async function touchPublicationUpdatedAt(db: Executor, params: { articleId: string; at: Date }): Promise<void> {
  await db.update(articlePublications).set({ updatedAt: params.at }).where(eq(articlePublications.articleId, params.articleId));
}

/** Writes a transition's new state and moves the version on, so saves based on the old one are refused. */
export async function updateArticleWorkflowState(
  db: Executor,
  params: { articleId: string; status: ArticleStatus; version: number; scheduledFor: Date | null; updatedBy: string | null; at: Date },
): Promise<void> {
  await db
    .update(articles)
    .set({
      status: params.status,
      version: params.version,
      scheduledFor: params.scheduledFor,
      updatedBy: params.updatedBy ?? undefined,
      updatedAt: params.at,
    })
    .where(eq(articles.id, params.articleId));
}

export async function insertWorkflowEvent(
  db: Executor,
  params: { articleId: string; actorId: string | null; fromStatus: ArticleStatus | null; toStatus: ArticleStatus; note: string; at: Date },
): Promise<string> {
  const [row] = await db
    .insert(workflowEvents)
    .values({
      articleId: params.articleId,
      actorId: params.actorId,
      fromStatus: params.fromStatus,
      toStatus: params.toStatus,
      note: params.note,
      createdAt: params.at,
    })
    .returning({ id: workflowEvents.id });
  if (!row) throw new Error("insertWorkflowEvent returned no row");
  return row.id;
}

export type WorkflowEventRow = {
  id: string;
  actorId: string | null;
  actorName: string | null;
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus;
  note: string;
  createdAt: Date;
};

export function selectWorkflowEvents(db: Executor, params: { articleId: string }): Promise<WorkflowEventRow[]> {
  return db
    .select({
      id: workflowEvents.id,
      actorId: workflowEvents.actorId,
      actorName: users.name,
      fromStatus: workflowEvents.fromStatus,
      toStatus: workflowEvents.toStatus,
      note: workflowEvents.note,
      createdAt: workflowEvents.createdAt,
    })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorId))
    .where(eq(workflowEvents.articleId, params.articleId))
    .orderBy(asc(workflowEvents.createdAt), asc(workflowEvents.id));
}

/** The latest event that moved the story into `toStatus` (say, the last request for changes). */
export async function selectLatestEventInto(db: Executor, params: { articleId: string; toStatus: ArticleStatus }): Promise<WorkflowEventRow | null> {
  const [row] = await db
    .select({
      id: workflowEvents.id,
      actorId: workflowEvents.actorId,
      actorName: users.name,
      fromStatus: workflowEvents.fromStatus,
      toStatus: workflowEvents.toStatus,
      note: workflowEvents.note,
      createdAt: workflowEvents.createdAt,
    })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorId))
    .where(and(eq(workflowEvents.articleId, params.articleId), eq(workflowEvents.toStatus, params.toStatus)))
    .orderBy(desc(workflowEvents.createdAt), desc(workflowEvents.id))
    .limit(1);
  return row ?? null;
}

/** What the publish checklist looks at. */
export type ChecklistFacts = {
  headline: string;
  bodyText: string;
  sectionId: string | null;
  bylineCount: number;
  leadImage: { altText: string; credit: string } | null;
};

export async function selectChecklistFacts(db: Executor, params: { articleId: string }): Promise<ChecklistFacts | null> {
  const [row] = await db
    .select({
      headline: articles.headline,
      bodyText: articles.bodyText,
      sectionId: articles.sectionId,
      leadImageId: articles.leadImageId,
      altText: media.altText,
      credit: media.credit,
      bylineCount: sql<number>`(select count(*)::integer from ${articleBylines} where ${articleBylines.articleId} = ${articles.id})`,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.leadImageId))
    .where(eq(articles.id, params.articleId))
    .limit(1);
  if (!row) return null;
  return {
    headline: row.headline,
    bodyText: row.bodyText,
    sectionId: row.sectionId,
    bylineCount: Number(row.bylineCount),
    leadImage: row.leadImageId ? { altText: row.altText ?? "", credit: row.credit ?? "" } : null,
  };
}

/** Active people with the given roles (say, everyone who reviews). */
export async function selectActiveUserIdsByRole(db: Executor, params: { roles: ("reporter" | "editor" | "admin")[] }): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, params.roles)));
  return rows.map((row) => row.id);
}

/** Of these people, the ones still active. */
export async function selectActiveUserIds(db: Executor, params: { ids: string[] }): Promise<string[]> {
  if (params.ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.id, params.ids)));
  return rows.map((row) => row.id);
}

/** Which story's live version holds this address now, if any. */
export async function selectLiveSlugOwner(db: Executor, params: { language: "en" | "km"; slug: string }): Promise<string | null> {
  const [row] = await db
    .select({ articleId: articlePublications.articleId })
    .from(articlePublications)
    .where(and(eq(articlePublications.language, params.language), eq(articlePublications.slug, params.slug)))
    .limit(1);
  return row?.articleId ?? null;
}

/** Bylined names in byline order. */
export async function selectBylineNames(db: Executor, params: { articleId: string }): Promise<string[]> {
  const rows = await db
    .select({ name: users.name })
    .from(articleBylines)
    .innerJoin(users, eq(users.id, articleBylines.userId))
    .where(eq(articleBylines.articleId, params.articleId))
    .orderBy(asc(articleBylines.position));
  return rows.map((row) => row.name);
}
