import type { Executor } from "@/db/client";
import { selectCorrectionsWithAuthors } from "@/db/queries/corrections";
import { selectWorkflowEvents } from "@/db/queries/workflow";
import type { ArticleStatus } from "@/db/schema";
import { loadArticleForReading, type ArticleActor } from "@/lib/articles/article-access";
import { isUuid } from "./is-uuid";

export type StoryEvent = {
  id: string;
  kind: "transition" | "correction";
  at: Date;
  actorName: string;
  /** What happened, in words: "Asked for changes", "Published an update", "Added a correction"… */
  label: string;
  fromStatus: ArticleStatus | null;
  toStatus: ArticleStatus | null;
  note: string;
};

/** What a move from one status to another means, as the history shows it. */
export function describeTransition(from: ArticleStatus | null, to: ArticleStatus): string {
  if (from === null) return "Created the story";
  switch (to) {
    case "in_review":
      return from === "changes_requested" ? "Resubmitted for review" : "Submitted for review";
    case "changes_requested":
      return "Asked for changes";
    case "approved":
      return from === "scheduled" ? "Cancelled the schedule" : "Approved";
    case "scheduled":
      return "Scheduled";
    case "published":
      return from === "published" ? "Published an update" : from === "unpublished" ? "Published again" : "Published";
    case "unpublished":
      return "Unpublished";
    case "archived":
      return "Spiked";
    case "draft":
      if (from === "in_review") return "Withdrew the submission";
      if (from === "archived") return "Restored from spike";
      return "Started a revision";
  }
}

/**
 * A story's history for its side panel: every workflow step and correction,
 * oldest first, with who and when. Null for people who may not see the story.
 */
export async function listStoryEvents(db: Executor, user: ArticleActor | null, articleId: string): Promise<StoryEvent[] | null> {
  if (!isUuid(articleId)) return null;
  const access = await loadArticleForReading(db, user, articleId);
  if (!access.ok) return null;
  const [events, corrections] = [await selectWorkflowEvents(db, { articleId }), await selectCorrectionsWithAuthors(db, { articleId })];
  const items: StoryEvent[] = [
    ...events.map((event) => ({
      id: event.id,
      kind: "transition" as const,
      at: event.createdAt,
      // Null actor on a step: the scheduler took it.
      actorName: event.actorName ?? (event.actorId === null ? "The scheduler" : "A former colleague"),
      label: describeTransition(event.fromStatus, event.toStatus),
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      note: event.note,
    })),
    ...corrections.map((correction) => ({
      id: correction.id,
      kind: "correction" as const,
      at: correction.createdAt,
      actorName: correction.createdByName ?? "A former colleague",
      label: correction.kind === "correction" ? "Added a correction" : "Added a clarification",
      fromStatus: null,
      toStatus: null,
      note: correction.text,
    })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
