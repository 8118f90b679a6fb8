"use server";

import { getDb } from "@/db/client";
import type { ArticleStatus } from "@/db/schema";
import { authorizeAction, getCurrentUser } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { revalidatePublicArticle } from "@/lib/public/revalidate";
import { listStoryEvents, type StoryEvent } from "@/lib/workflow/list-story-events";
import { loadWorkflowContext, type WorkflowContext } from "@/lib/workflow/load-workflow-context";
import type { ChecklistProblem } from "@/lib/workflow/publish-checklist";
import { parseNewsroomDateTime } from "@/lib/workflow/schedule-time";
import { ACTION_PERMISSIONS, transitionArticle, type TransitionFailureCode } from "@/lib/workflow/transition-article";
import { describeStatus, isWorkflowAction, transitionRule } from "@/lib/workflow/transitions";
import { describeRequestProblems, transitionRequestSchema } from "@/lib/workflow/workflow-schemas";

export type TransitionActionResult =
  | { ok: true; status: ArticleStatus; version: number; isLive: boolean; message: string }
  | {
      ok: false;
      code: TransitionFailureCode | "signed-out" | "deactivated";
      error: string;
      checklist?: ChecklistProblem[];
      fieldErrors?: { note?: string[]; scheduleDate?: string[]; scheduleTime?: string[] };
      currentVersion?: number;
    };

const DONE: Record<string, (status: ArticleStatus) => string> = {
  submit: () => "Submitted for review. Editors have been told.",
  withdraw: () => "Submission withdrawn: the story is a draft again.",
  requestChanges: () => "Changes requested. The reporters have been sent your note.",
  approve: () => "Approved.",
  publish: () => "Published: readers can see it now.",
  schedule: () => "Scheduled.",
  unschedule: () => "Schedule cancelled: the story is approved and waiting.",
  unpublish: () => "Unpublished: readers can no longer see it.",
  revise: () => "Revision started: readers keep the live version until the update is published.",
  archive: () => "Spiked.",
  restore: (status) => `Restored: the story is ${describeStatus(status)}.`,
};

/**
 * Takes one workflow step for the signed-in person. Checks the session and the
 * permission here and again, with the story's state and ownership, in
 * transitionArticle; refusals return a message and change nothing.
 */
export async function transitionStoryAction(input: unknown): Promise<TransitionActionResult> {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const action = isWorkflowAction(raw.action) ? raw.action : null;
  const articleId = typeof raw.articleId === "string" ? raw.articleId : null;
  const auth = await authorizeAction(action ? ACTION_PERMISSIONS[action] : "article.submit", { type: "article", id: articleId });
  if (!auth.ok) return { ok: false, code: auth.reason === "forbidden" ? "forbidden" : auth.reason, error: auth.error };

  const parsed = transitionRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", error: describeRequestProblems(parsed.error) };
  const request = parsed.data;
  const db = await getDb();

  let scheduledFor: Date | null = null;
  if (request.action === "schedule") {
    const timeZone = await getNewsroomTimeZone(db);
    const when = parseNewsroomDateTime(request.scheduleDate ?? "", request.scheduleTime ?? "", timeZone);
    if (!when.ok) {
      const field = when.field === "date" ? "scheduleDate" : "scheduleTime";
      return { ok: false, code: "schedule", error: when.message, fieldErrors: { [field]: [when.message] } };
    }
    scheduledFor = when.at;
  }

  const result = await transitionArticle(db, auth.user, {
    articleId: request.articleId,
    action: request.action,
    baseVersion: request.baseVersion,
    note: request.note,
    scheduledFor,
  });
  if (!result.ok) {
    const fieldErrors =
      result.code === "note" ? { note: [result.message] } : result.code === "schedule" ? { scheduleDate: [result.message] } : undefined;
    return { ok: false, code: result.code, error: result.message, checklist: result.checklist, fieldErrors, currentVersion: result.currentVersion };
  }
  if (result.publicChange) revalidatePublicArticle(result.publicChange);
  const message = DONE[result.action]?.(result.status) ?? `${transitionRule(result.action).label}: done.`;
  return { ok: true, status: result.status, version: result.version, isLive: result.isLive, message };
}

/** What the workflow panel shows: state, buttons, schedule, the editor's last note, the checklist. */
export async function loadWorkflowContextAction(articleId: string): Promise<WorkflowContext | null> {
  const user = await getCurrentUser();
  if (!user || typeof articleId !== "string") return null;
  return loadWorkflowContext(await getDb(), user, articleId);
}

/** The story's history (workflow steps and corrections) for its side panel, with the zone to show times in. */
export async function listStoryEventsAction(articleId: string): Promise<{ events: StoryEvent[]; timeZone: string } | null> {
  const user = await getCurrentUser();
  if (!user || typeof articleId !== "string") return null;
  const db = await getDb();
  const events = await listStoryEvents(db, user, articleId);
  return events ? { events, timeZone: await getNewsroomTimeZone(db) } : null;
}
