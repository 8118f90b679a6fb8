import type { ArticleStatus, Role } from "@/db/schema";

// The editorial workflow as data. Pure: no database, no session. Every
// transition the server takes is checked against this table, whoever asks.

export type WorkflowAction =
  | "submit"
  | "withdraw"
  | "requestChanges"
  | "approve"
  | "publish"
  | "schedule"
  | "unschedule"
  | "unpublish"
  | "revise"
  | "archive"
  | "restore";

/** Who takes a transition: a role, or the scheduler acting on its own. */
export type WorkflowActor = { kind: "user"; role: Role; isOwnStory: boolean } | { kind: "system" };

/** "own": only on a story the person created or is bylined on. */
type RoleRule = "any" | "own";

export type TransitionRule = {
  action: WorkflowAction;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  roles: Partial<Record<Role, RoleRule>>;
  /** The scheduler may take it (publishing a due story). */
  system?: boolean;
  /** A note is required (and shown to the bylined reporters). */
  noteRequired?: boolean;
  /** Only while a version is live for readers. */
  requiresLive?: boolean;
  /** Only while no version is live. */
  requiresNotLive?: boolean;
  label: string;
};

const DESK = { editor: "any", admin: "any" } as const;

export const TRANSITIONS: readonly TransitionRule[] = [
  { action: "submit", from: ["draft", "changes_requested"], to: "in_review", roles: { reporter: "own", ...DESK }, label: "Submit for review" },
  { action: "withdraw", from: ["in_review"], to: "draft", roles: { reporter: "own", ...DESK }, label: "Withdraw submission" },
  { action: "requestChanges", from: ["in_review", "approved"], to: "changes_requested", roles: DESK, noteRequired: true, label: "Request changes" },
  { action: "approve", from: ["in_review"], to: "approved", roles: DESK, label: "Approve" },
  // "published" → "published" publishes an editor's update to a live story.
  { action: "publish", from: ["approved", "scheduled", "unpublished", "published"], to: "published", roles: DESK, system: true, label: "Publish now" },
  { action: "schedule", from: ["approved"], to: "scheduled", roles: DESK, label: "Schedule" },
  // The scheduler cancels a schedule it cannot honour (the checklist fails at
  // the due time), so a broken story is not retried every few seconds.
  { action: "unschedule", from: ["scheduled"], to: "approved", roles: DESK, system: true, label: "Cancel schedule" },
  {
    action: "unpublish",
    // Also from a revision in progress (readers still see the live version), scheduled updates included.
    from: ["published", "draft", "in_review", "changes_requested", "approved", "scheduled"],
    to: "unpublished",
    roles: DESK,
    noteRequired: true,
    requiresLive: true,
    label: "Unpublish",
  },
  // A reporter's change to a live story starts a new working copy that goes
  // through review again; readers keep the live version meanwhile.
  { action: "revise", from: ["published", "unpublished"], to: "draft", roles: { reporter: "own", ...DESK }, label: "Start a revision" },
  {
    action: "archive",
    from: ["draft", "in_review", "changes_requested", "approved", "unpublished"],
    to: "archived",
    roles: DESK,
    requiresNotLive: true,
    label: "Spike",
  },
  { action: "restore", from: ["archived"], to: "draft", roles: DESK, label: "Restore from spike" },
];

const BY_ACTION = new Map(TRANSITIONS.map((rule) => [rule.action, rule]));

export function transitionRule(action: WorkflowAction): TransitionRule {
  const rule = BY_ACTION.get(action);
  if (!rule) throw new Error(`Unknown workflow action: ${action}`);
  return rule;
}

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === "string" && BY_ACTION.has(value as WorkflowAction);
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; reason: "role" | "state" | "note" | "live"; message: string };

const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "a draft",
  in_review: "in review",
  changes_requested: "waiting for changes",
  approved: "approved",
  scheduled: "scheduled",
  published: "published",
  unpublished: "unpublished",
  archived: "spiked",
};

export function describeStatus(status: ArticleStatus): string {
  return STATUS_LABELS[status];
}

/** Says whether `actor` may take `action` on a story in `status`, and if not, why, in words. */
export function checkTransition(
  action: WorkflowAction,
  context: { status: ArticleStatus; isLive: boolean; actor: WorkflowActor; note?: string },
): TransitionCheck {
  const rule = transitionRule(action);
  const { actor } = context;
  const allowed =
    actor.kind === "system"
      ? rule.system === true
      : rule.roles[actor.role] === "any" || (rule.roles[actor.role] === "own" && actor.isOwnStory);
  if (!allowed) {
    const who = actor.kind === "system" ? "The scheduler" : `A ${actor.role}`;
    const own = actor.kind === "user" && rule.roles[actor.role] === "own" ? " on someone else's story" : "";
    return { ok: false, reason: "role", message: `${who} cannot ${rule.label.toLowerCase()}${own}.` };
  }
  if (!rule.from.includes(context.status)) {
    return { ok: false, reason: "state", message: `Cannot ${rule.label.toLowerCase()}: the story is ${describeStatus(context.status)}.` };
  }
  if (rule.requiresLive && !context.isLive) {
    return { ok: false, reason: "live", message: `Cannot ${rule.label.toLowerCase()}: the story is not live.` };
  }
  if (rule.requiresNotLive && context.isLive) {
    return { ok: false, reason: "live", message: `Cannot ${rule.label.toLowerCase()}: the story is live; unpublish it first.` };
  }
  if (rule.noteRequired && !context.note?.trim()) {
    return { ok: false, reason: "note", message: `${rule.label} needs a note saying why.` };
  }
  return { ok: true, rule };
}

/** The actions a person could take now, for the buttons the editor shows. */
export function availableActions(context: { status: ArticleStatus; isLive: boolean; actor: WorkflowActor }): WorkflowAction[] {
  return TRANSITIONS.filter((rule) => {
    const check = checkTransition(rule.action, { ...context, note: "x" });
    return check.ok;
  }).map((rule) => rule.action);
}

/** Reporters may change the words of their own stories only while they are theirs to change. */
export const REPORTER_EDITABLE_STATUSES: readonly ArticleStatus[] = ["draft", "changes_requested"];
