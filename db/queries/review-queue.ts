import { asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articles, sections, users, workflowEvents, type Language } from "../schema";

export type ReviewQueueRow = {
  id: string;
  headline: string;
  language: Language;
  sectionName: string | null;
  bylines: string[];
  wordCount: number;
  /** When it last went into review (its last submission); the story's last change when no event says. */
  submittedAt: Date;
  submittedByName: string | null;
  submissionNote: string;
  /** A live story whose update is under review. */
  isLive: boolean;
};

/** Stories in review, the one waiting longest first. */
export async function selectReviewQueue(db: Executor, params: { limit: number }): Promise<ReviewQueueRow[]> {
  const lastSubmission = db
    .selectDistinctOn([workflowEvents.articleId], {
      articleId: workflowEvents.articleId,
      at: workflowEvents.createdAt,
      actorId: workflowEvents.actorId,
      note: workflowEvents.note,
    })
    .from(workflowEvents)
    .where(eq(workflowEvents.toStatus, "in_review"))
    .orderBy(workflowEvents.articleId, sql`${workflowEvents.createdAt} desc`)
    .as("last_submission");
  const submittedAt = sql<Date>`coalesce(${lastSubmission.at}, ${articles.updatedAt})`;
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      language: articles.language,
      sectionName: sections.name,
      wordCount: articles.wordCount,
      submittedAt: sql<string | Date>`coalesce(${lastSubmission.at}, ${articles.updatedAt})`,
      submittedByName: users.name,
      submissionNote: lastSubmission.note,
      liveVersion: articlePublications.version,
      bylines: sql<string[] | null>`(
        select array_agg(bu.name order by ${articleBylines.position})
        from ${articleBylines} join ${users} bu on bu.id = ${articleBylines.userId}
        where ${articleBylines.articleId} = ${articles.id})`,
    })
    .from(articles)
    .leftJoin(lastSubmission, eq(lastSubmission.articleId, articles.id))
    .leftJoin(users, eq(users.id, lastSubmission.actorId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(articlePublications, eq(articlePublications.articleId, articles.id))
    .where(eq(articles.status, "in_review"))
    .orderBy(asc(submittedAt), asc(articles.id))
    .limit(params.limit);
  return rows.map(({ liveVersion, bylines, submittedAt: at, submissionNote, ...row }) => ({
    ...row,
    // Raw SQL values come back as text on some drivers.
    submittedAt: at instanceof Date ? at : new Date(at),
    submissionNote: submissionNote ?? "",
    bylines: bylines ?? [],
    isLive: liveVersion !== null,
  }));
}
