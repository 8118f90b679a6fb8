import type { Executor } from "@/db/client";
import {
  deletePublication,
  insertWorkflowEvent,
  selectLiveSlugOwner,
  updateArticleWorkflowState,
  type LockedArticleRow,
} from "@/db/queries/workflow";
import type { ArticleStatus, Language } from "@/db/schema";
import { recordRevision } from "@/lib/articles/record-revision";
import { unsafeWritePublication } from "@/lib/articles/unsafe-write-publication";
import { recordAudit } from "@/lib/audit/record-audit";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { notifyPeople, quoteHeadline, reviewers, storyPeople, type NotificationKind } from "@/lib/notifications/notify-people";
import { checkPublishChecklist, describeChecklistProblems, type ChecklistProblem } from "./publish-checklist";
import { formatNewsroomDateTime } from "./schedule-time";
import type { TransitionRule, WorkflowAction } from "./transitions";

/** A page readers could see that must be rebuilt after the transaction commits. */
export type PublicChange = { language: Language; slug: string; previousSlug: string | null };

export type AppliedTransition = {
  ok: true;
  action: WorkflowAction;
  fromStatus: ArticleStatus;
  status: ArticleStatus;
  version: number;
  scheduledFor: Date | null;
  isLive: boolean;
  publicChange: PublicChange | null;
  /** Who was notified. */
  notified: string[];
};

export type ApplyFailure =
  | { ok: false; code: "checklist"; message: string; checklist: ChecklistProblem[] }
  | { ok: false; code: "schedule" | "slug"; message: string };

export type ApplyContext = {
  article: LockedArticleRow;
  rule: TransitionRule;
  live: { language: Language; slug: string } | null;
  /** Null when the scheduler acts. */
  actor: { id: string; name: string } | null;
  note: string;
  scheduledFor: Date | null;
  now: Date;
};

/** Audit action names: stable, dotted, snake_case. */
export const AUDIT_ACTIONS: Record<WorkflowAction, string> = {
  submit: "article.submit",
  withdraw: "article.withdraw",
  requestChanges: "article.request_changes",
  approve: "article.approve",
  publish: "article.publish",
  schedule: "article.schedule",
  unschedule: "article.unschedule",
  unpublish: "article.unpublish",
  revise: "article.revise",
  archive: "article.archive",
  restore: "article.restore",
};

type Announcement = { kind: NotificationKind; to: "reviewers" | "story"; message: string };

function announcement(action: WorkflowAction, who: string, headline: string, note: string, when: string | null): Announcement | null {
  const story = quoteHeadline(headline);
  const withNote = note ? `: ${note}` : ".";
  switch (action) {
    case "submit":
      return { kind: "submitted", to: "reviewers", message: `${who} submitted ${story} for review${withNote}` };
    case "requestChanges":
      return { kind: "changes_requested", to: "story", message: `${who} asked for changes to ${story}${withNote}` };
    case "approve":
      return { kind: "approved", to: "story", message: `${who} approved ${story}${withNote}` };
    case "publish":
      return { kind: "published", to: "story", message: `${who} published ${story}.` };
    case "schedule":
      return { kind: "scheduled", to: "story", message: `${who} scheduled ${story} for ${when ?? "later"}.` };
    case "unpublish":
      return { kind: "unpublished", to: "story", message: `${who} unpublished ${story}${withNote}` };
    default:
      return null;
  }
}

/**
 * Takes a transition on a story already locked and checked by the caller
 * (role, state, version): the publish checklist, the new status and version,
 * the live copy, a revision, the workflow event, the audit entry and the
 * notifications, all in the caller's transaction. "unsafe": it checks no
 * permission; transitionArticle and the scheduler do that first.
 */
export async function unsafeApplyTransition(tx: Executor, context: ApplyContext): Promise<AppliedTransition | ApplyFailure> {
  const { article, rule, live, actor, now } = context;
  const action = rule.action;
  const note = context.note.trim();

  if (action === "publish" || action === "schedule") {
    const problems = await checkPublishChecklist(tx, article.id);
    if (problems && problems.length > 0) return { ok: false, code: "checklist", message: describeChecklistProblems(problems), checklist: problems };
  }
  let scheduledFor: Date | null = null;
  let when: string | null = null;
  if (action === "schedule") {
    if (!context.scheduledFor) return { ok: false, code: "schedule", message: "Choose a date and time to publish." };
    if (context.scheduledFor.getTime() <= now.getTime()) {
      return { ok: false, code: "schedule", message: "That time has already passed: choose a time in the future, or publish now." };
    }
    scheduledFor = context.scheduledFor;
    when = formatNewsroomDateTime(scheduledFor, await getNewsroomTimeZone(tx));
  }
  if (action === "publish") {
    const owner = await selectLiveSlugOwner(tx, { language: article.language, slug: article.slug });
    if (owner && owner !== article.id) {
      return { ok: false, code: "slug", message: `Another live story already uses the address “${article.slug}”: change this story's slug before publishing.` };
    }
  }

  const version = article.version + 1;
  await updateArticleWorkflowState(tx, { articleId: article.id, status: rule.to, version, scheduledFor, updatedBy: actor?.id ?? null, at: now });

  let publicChange: PublicChange | null = null;
  let isLive = live !== null;
  if (action === "publish") {
    await unsafeWritePublication(tx, { articleId: article.id, publishedBy: actor?.id ?? null, now });
    publicChange = { language: article.language, slug: article.slug, previousSlug: live && live.slug !== article.slug ? live.slug : null };
    isLive = true;
  } else if (action === "unpublish" && live) {
    await deletePublication(tx, { articleId: article.id });
    publicChange = { language: live.language, slug: live.slug, previousSlug: null };
    isLive = false;
  }

  const eventNote = note || (when ? `For ${when}` : "");
  await recordRevision(tx, {
    articleId: article.id,
    authorId: actor?.id ?? null,
    kind: action === "publish" ? "publish" : "workflow",
    note: eventNote ? `${rule.label}: ${eventNote}` : rule.label,
  });
  await insertWorkflowEvent(tx, { articleId: article.id, actorId: actor?.id ?? null, fromStatus: article.status, toStatus: rule.to, note: eventNote, at: now });
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: AUDIT_ACTIONS[action],
    targetType: "article",
    targetId: article.id,
    fromValue: article.status,
    toValue: rule.to,
    note,
    details: {
      version,
      headline: article.headline,
      ...(scheduledFor ? { scheduledFor: scheduledFor.toISOString() } : {}),
      ...(publicChange ? { slug: publicChange.slug, language: publicChange.language } : {}),
      ...(actor ? {} : { by: "scheduler" }),
    },
  });

  let notified: string[] = [];
  const news = announcement(action, actor?.name ?? "The scheduler", article.headline, note, when);
  if (news) {
    const recipients = news.to === "reviewers" ? await reviewers(tx) : await storyPeople(tx, article);
    notified = await notifyPeople(tx, { recipients, kind: news.kind, articleId: article.id, actorId: actor?.id ?? null, message: news.message, at: now });
  }
  return { ok: true, action, fromStatus: article.status, status: rule.to, version, scheduledFor, isLive, publicChange, notified };
}
