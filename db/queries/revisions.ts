import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { media, revisions, sections, tags, users, type RevisionSnapshot } from "../schema";

export type RevisionListRow = {
  id: string;
  articleVersion: number;
  kind: (typeof revisions.$inferSelect)["kind"];
  wordCount: number;
  note: string;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A story's revisions, newest first (without their snapshots). */
export function selectRevisionList(db: Executor, params: { articleId: string; limit: number }): Promise<RevisionListRow[]> {
  return db
    .select({
      id: revisions.id,
      articleVersion: revisions.articleVersion,
      kind: revisions.kind,
      wordCount: revisions.wordCount,
      note: revisions.note,
      authorName: users.name,
      createdAt: revisions.createdAt,
      updatedAt: revisions.updatedAt,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.articleId, params.articleId))
    .orderBy(desc(revisions.createdAt), desc(revisions.articleVersion), desc(revisions.id))
    .limit(params.limit);
}

export type RevisionWithSnapshot = RevisionListRow & { snapshot: RevisionSnapshot };

/** Revisions of one story by id, with their snapshots; ids of other stories are ignored. */
export async function selectRevisionsWithSnapshots(db: Executor, params: { articleId: string; ids: readonly string[] }): Promise<RevisionWithSnapshot[]> {
  if (params.ids.length === 0) return [];
  return db
    .select({
      id: revisions.id,
      articleVersion: revisions.articleVersion,
      kind: revisions.kind,
      wordCount: revisions.wordCount,
      note: revisions.note,
      authorName: users.name,
      createdAt: revisions.createdAt,
      updatedAt: revisions.updatedAt,
      snapshot: revisions.snapshot,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.articleId, params.articleId), inArray(revisions.id, [...params.ids])));
}

export type ReferenceNames = {
  users: Map<string, string>;
  sections: Map<string, string>;
  tags: Map<string, string>;
  media: Map<string, { filename: string; caption: string }>;
};

/** Names for the ids a snapshot refers to; ids that no longer exist are simply missing from the maps. */
export async function selectReferenceNames(
  db: Executor,
  params: { userIds: readonly string[]; sectionIds: readonly string[]; tagIds: readonly string[]; mediaIds: readonly string[] },
): Promise<ReferenceNames> {
  const [userRows, sectionRows, tagRows, mediaRows] = await Promise.all([
    params.userIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...params.userIds])) : [],
    params.sectionIds.length ? db.select({ id: sections.id, name: sections.name }).from(sections).where(inArray(sections.id, [...params.sectionIds])) : [],
    params.tagIds.length ? db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, [...params.tagIds])) : [],
    params.mediaIds.length
      ? db.select({ id: media.id, filename: media.filename, caption: media.caption }).from(media).where(inArray(media.id, [...params.mediaIds]))
      : [],
  ]);
  return {
    users: new Map(userRows.map((row) => [row.id, row.name])),
    sections: new Map(sectionRows.map((row) => [row.id, row.name])),
    tags: new Map(tagRows.map((row) => [row.id, row.name])),
    media: new Map(mediaRows.map((row) => [row.id, { filename: row.filename, caption: row.caption }])),
  };
}

