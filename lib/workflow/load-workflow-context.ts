import type { Executor } from "@/db/client";
import { selectLatestEventInto, selectLivePublication } from "@/db/queries/workflow";
import type { ArticleStatus } from "@/db/schema";
import { loadArticleForReading, type ArticleActor } from "@/lib/articles/article-access";
import { userCan } from "@/lib/auth/permissions";
import { articlePath } from "@/lib/i18n/languages";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { isUuid } from "./is-uuid";
import { checkPublishChecklist, type ChecklistProblem } from "./publish-checklist";
import { formatNewsroomDateTime, toNewsroomInputs } from "./schedule-time";
import { workflowActionsFor } from "./story-actions";
import type { WorkflowAction } from "./transitions";

export type WorkflowContext = {
  status: ArticleStatus;
  version: number;
  isLive: boolean;
  actions: WorkflowAction[];
  timeZone: string;
  scheduledFor: { iso: string; text: string; date: string; time: string } | null;
  /** The note of the latest request for changes, while the story waits for them. */
  changesRequested: { note: string; byName: string; at: string } | null;
  /** What the story still lacks before it may be published (empty: ready). */
  checklist: ChecklistProblem[];
  canCorrect: boolean;
  /** Where readers find the live version, if any. */
  livePath: string | null;
};

/** What the workflow panel shows beside the story, for someone who may see it; null otherwise. */
export async function loadWorkflowContext(db: Executor, user: ArticleActor | null, articleId: string): Promise<WorkflowContext | null> {
  if (!isUuid(articleId)) return null;
  const access = await loadArticleForReading(db, user, articleId);
  if (!access.ok || !user) return null;
  const { article } = access.value;
  const [timeZone, live, request, checklist] = [
    await getNewsroomTimeZone(db),
    await selectLivePublication(db, { articleId }),
    article.status === "changes_requested" ? await selectLatestEventInto(db, { articleId, toStatus: "changes_requested" }) : null,
    await checkPublishChecklist(db, articleId),
  ];
  const scheduledFor = article.status === "scheduled" && article.scheduledFor ? article.scheduledFor : null;
  return {
    status: article.status,
    version: article.version,
    isLive: access.value.isLive,
    actions: workflowActionsFor(user, access.value),
    timeZone,
    scheduledFor: scheduledFor
      ? { iso: scheduledFor.toISOString(), text: formatNewsroomDateTime(scheduledFor, timeZone), ...toNewsroomInputs(scheduledFor, timeZone) }
      : null,
    changesRequested: request ? { note: request.note, byName: request.actorName ?? "An editor", at: request.createdAt.toISOString() } : null,
    checklist: checklist ?? [],
    canCorrect: live !== null && userCan(user, "article.correct"),
    livePath: live ? articlePath(live.language, live.slug) : null,
  };
}
