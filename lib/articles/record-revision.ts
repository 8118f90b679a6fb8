import type { Executor } from "@/db/client";
import { insertStoryRevision, selectCoalescableRevision, selectRevisionHead, updateRevisionToStory } from "@/db/queries/articles-revisions";
import type { revisionKindEnum } from "@/db/schema";

export type RevisionKind = (typeof revisionKindEnum.enumValues)[number];

/** Autosaves by one person started within this window update one revision instead of piling up. */
export const REVISION_COALESCE_SECONDS = 5 * 60;

export type RecordRevisionInput = {
  articleId: string;
  /** Who made the change; null for the scheduler. */
  authorId: string | null;
  kind: RevisionKind;
  note?: string;
};

export type RecordedRevision = { id: string; articleVersion: number; coalesced: boolean };

/**
 * Records the story as it now stands in the database (headline, body, bylines,
 * tags…) as a revision. Call it inside the transaction that changed the story,
 * after the change, so the snapshot and the version match what was written.
 *
 * A "save" by the same person as the newest revision, itself a save begun less
 * than five minutes ago, updates that revision: a session of typing leaves one
 * entry per five minutes, not one per keystroke pause. Every other kind
 * (workflow step, restore, publish) always starts a new revision, and so does
 * the next save after it.
 */
export async function recordRevision(tx: Executor, input: RecordRevisionInput): Promise<RecordedRevision> {
  const head = await selectRevisionHead(tx, input.articleId);
  if (!head) throw new Error(`recordRevision: no story ${input.articleId}`);
  if (input.kind === "save" && input.authorId) {
    const open = await selectCoalescableRevision(tx, {
      articleId: input.articleId,
      authorId: input.authorId,
      windowSeconds: REVISION_COALESCE_SECONDS,
    });
    if (open) {
      const row = await updateRevisionToStory(tx, {
        id: open.id,
        articleId: input.articleId,
        articleVersion: head.version,
        wordCount: head.wordCount,
        note: input.note,
      });
      return { id: row.id, articleVersion: row.articleVersion, coalesced: true };
    }
  }
  const row = await insertStoryRevision(tx, {
    articleId: input.articleId,
    articleVersion: head.version,
    kind: input.kind,
    wordCount: head.wordCount,
    authorId: input.authorId,
    note: input.note ?? "",
  });
  return { id: row.id, articleVersion: row.articleVersion, coalesced: false };
}
