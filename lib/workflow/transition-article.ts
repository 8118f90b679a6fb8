import type { Database, Executor } from "@/db/client";
import { selectArticleForUpdate, selectBylineUserIds, selectLivePublication } from "@/db/queries/workflow";
import type { ArticleStatus, Role } from "@/db/schema";
import { userCan, type Permission } from "@/lib/auth/permissions";
import { recordAuthorizationDenied } from "@/lib/auth/record-authorization-denied";
import { isUuid } from "./is-uuid";
import type { ChecklistProblem } from "./publish-checklist";
import { checkTransition, describeStatus, isWorkflowAction, type WorkflowAction } from "./transitions";
import { unsafeApplyTransition, type AppliedTransition } from "./unsafe-apply-transition";

export type { AppliedTransition, PublicChange } from "./unsafe-apply-transition";

/** The person asking, as the session gives them (re-read from the database on every request). */
export type WorkflowUser = { id: string; name: string; role: Role; active: boolean };

export type TransitionInput = {
  articleId: string;
  action: WorkflowAction;
  /** The version the person was looking at; a transition based on an older one is refused. */
  baseVersion: number;
  note?: string;
  /** For "schedule": when readers should see it. */
  scheduledFor?: Date | null;
};

export type TransitionFailureCode = "signed-out" | "not-found" | "forbidden" | "stale" | "state" | "live" | "note" | "checklist" | "schedule" | "slug" | "invalid";

export type TransitionFailure = {
  ok: false;
  code: TransitionFailureCode;
  message: string;
  /** For "checklist": every missing item. */
  checklist?: ChecklistProblem[];
  /** For "stale": the version the story is at now. */
  currentVersion?: number;
  currentStatus?: ArticleStatus;
};

export type TransitionResult = AppliedTransition | TransitionFailure;

/** The permission each action needs, on top of the role rules in TRANSITIONS. */
export const ACTION_PERMISSIONS: Record<WorkflowAction, Permission> = {
  submit: "article.submit",
  withdraw: "article.submit",
  requestChanges: "article.review",
  approve: "article.review",
  publish: "article.publish",
  schedule: "article.schedule",
  unschedule: "article.schedule",
  unpublish: "article.unpublish",
  revise: "article.submit",
  archive: "article.archive",
  restore: "article.archive",
};

const NOT_FOUND = "That story does not exist or you cannot see it.";
export const SIGNED_OUT_TRANSITION = "Sign in to change a story's status.";
export const DEACTIVATED_TRANSITION = "This account is deactivated: it cannot change any story.";

async function denied(db: Executor, user: WorkflowUser, action: WorkflowAction, articleId: string | null, message: string, code: "forbidden" | "not-found") {
  await recordAuthorizationDenied(db, {
    actorId: user.id,
    role: user.role,
    permission: ACTION_PERMISSIONS[action],
    target: { type: "article", id: articleId },
    reason: "forbidden",
  });
  return { ok: false, code, message } as const;
}

/**
 * Moves a story through the workflow for a person: loads it with a row lock,
 * checks their permission, the workflow table (role, ownership, state, note),
 * the version they saw, and for publish or schedule the checklist, then writes
 * every effect in one transaction. Refusals change nothing (a refusal by
 * permission is recorded in the audit log) and say why in words. Public pages
 * are not touched here: the caller rebuilds `publicChange` after commit.
 */
export async function transitionArticle(db: Database, user: WorkflowUser | null, input: TransitionInput, options: { now?: Date } = {}): Promise<TransitionResult> {
  if (!user) return { ok: false, code: "signed-out", message: SIGNED_OUT_TRANSITION };
  if (!isWorkflowAction(input.action)) return { ok: false, code: "invalid", message: "That is not a workflow step." };
  const { action } = input;
  if (!user.active) {
    await recordAuthorizationDenied(db, {
      actorId: user.id,
      role: null,
      permission: ACTION_PERMISSIONS[action],
      target: { type: "article", id: isUuid(input.articleId) ? input.articleId : null },
      reason: "deactivated",
    });
    return { ok: false, code: "forbidden", message: DEACTIVATED_TRANSITION };
  }
  if (!isUuid(input.articleId)) return { ok: false, code: "not-found", message: NOT_FOUND };
  if (!Number.isSafeInteger(input.baseVersion) || input.baseVersion < 1) return { ok: false, code: "invalid", message: "The story's version is missing: reload the page and try again." };
  if (!userCan(user, ACTION_PERMISSIONS[action])) {
    return denied(db, user, action, input.articleId, `You don't have permission to ${checkLabel(action)} (your role: ${user.role}).`, "forbidden");
  }
  const now = options.now ?? new Date();

  return db.transaction(async (tx): Promise<TransitionResult> => {
    const article = await selectArticleForUpdate(tx, { articleId: input.articleId });
    if (!article) return { ok: false, code: "not-found", message: NOT_FOUND };
    const bylines = await selectBylineUserIds(tx, { articleId: article.id });
    const isOwnStory = article.createdBy === user.id || bylines.includes(user.id);
    if (!userCan(user, "article.read.any") && !(isOwnStory && userCan(user, "article.read.own"))) {
      return denied(tx, user, action, article.id, NOT_FOUND, "not-found");
    }
    const live = await selectLivePublication(tx, { articleId: article.id });
    const check = checkTransition(action, { status: article.status, isLive: live !== null, actor: { kind: "user", role: user.role, isOwnStory }, note: input.note });
    if (!check.ok && check.reason === "role") return denied(tx, user, action, article.id, check.message, "forbidden");
    if (input.baseVersion !== article.version) {
      return {
        ok: false,
        code: "stale",
        message: `Someone changed this story since you opened it (it is now ${describeStatus(article.status)}). Nothing was changed: reload to see the latest version, then try again.`,
        currentVersion: article.version,
        currentStatus: article.status,
      };
    }
    if (!check.ok) return { ok: false, code: check.reason === "role" ? "forbidden" : check.reason, message: check.message };
    return unsafeApplyTransition(tx, {
      article,
      rule: check.rule,
      live,
      actor: { id: user.id, name: user.name },
      note: input.note ?? "",
      scheduledFor: action === "schedule" ? (input.scheduledFor ?? null) : null,
      now,
    });
  });
}

function checkLabel(action: WorkflowAction): string {
  const labels: Record<WorkflowAction, string> = {
    submit: "submit stories for review",
    withdraw: "withdraw submissions",
    requestChanges: "request changes",
    approve: "approve stories",
    publish: "publish stories",
    schedule: "schedule stories",
    unschedule: "cancel schedules",
    unpublish: "unpublish stories",
    revise: "start revisions",
    archive: "spike stories",
    restore: "restore spiked stories",
  };
  return labels[action];
}
