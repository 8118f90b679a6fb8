import { describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, ROLES, type ArticleStatus } from "@/db/schema";
import { availableActions, checkTransition, TRANSITIONS, type WorkflowActor } from "@/lib/workflow/transitions";

const reporter = (isOwnStory: boolean): WorkflowActor => ({ kind: "user", role: "reporter", isOwnStory });
const editor: WorkflowActor = { kind: "user", role: "editor", isOwnStory: false };
const admin: WorkflowActor = { kind: "user", role: "admin", isOwnStory: false };
const scheduler: WorkflowActor = { kind: "system" };

describe("the editorial workflow", () => {
  it("walks the whole happy path: draft → review → changes → review → approved → scheduled → published", () => {
    const path: [ArticleStatus, Parameters<typeof checkTransition>[0], WorkflowActor, string?][] = [
      ["draft", "submit", reporter(true)],
      ["in_review", "requestChanges", editor, "Check the second quote"],
      ["changes_requested", "submit", reporter(true)],
      ["in_review", "approve", editor],
      ["approved", "schedule", editor],
    ];
    for (const [status, action, actor, note] of path) {
      expect(checkTransition(action, { status, isLive: false, actor, note }).ok, `${action} from ${status}`).toBe(true);
    }
    expect(checkTransition("publish", { status: "scheduled", isLive: false, actor: scheduler }).ok).toBe(true);
  });

  it("never lets a reporter publish, schedule, unpublish, approve, spike or restore, on any story in any state", () => {
    for (const action of ["publish", "schedule", "unschedule", "unpublish", "approve", "requestChanges", "archive", "restore"] as const) {
      for (const status of ARTICLE_STATUSES) {
        for (const isLive of [false, true]) {
          const check = checkTransition(action, { status, isLive, actor: reporter(true), note: "because" });
          expect(check.ok, `${action} from ${status}`).toBe(false);
          if (!check.ok) expect(check.reason).toBe("role");
        }
      }
    }
  });

  it("lets a reporter submit, withdraw and revise only their own story", () => {
    expect(checkTransition("submit", { status: "draft", isLive: false, actor: reporter(false) })).toMatchObject({
      ok: false,
      message: "A reporter cannot submit for review on someone else's story.",
    });
    expect(checkTransition("withdraw", { status: "in_review", isLive: false, actor: reporter(true) }).ok).toBe(true);
    expect(checkTransition("revise", { status: "published", isLive: true, actor: reporter(true) }).ok).toBe(true);
    expect(checkTransition("revise", { status: "published", isLive: true, actor: reporter(false) }).ok).toBe(false);
  });

  it("requires a note to request changes or unpublish", () => {
    expect(checkTransition("requestChanges", { status: "in_review", isLive: false, actor: editor, note: "  " })).toMatchObject({ ok: false, reason: "note" });
    expect(checkTransition("unpublish", { status: "published", isLive: true, actor: editor })).toMatchObject({ ok: false, reason: "note" });
    expect(checkTransition("unpublish", { status: "published", isLive: true, actor: editor, note: "Legal review" }).ok).toBe(true);
  });

  it("refuses transitions from the wrong state with the state in words", () => {
    expect(checkTransition("approve", { status: "draft", isLive: false, actor: editor })).toEqual({
      ok: false,
      reason: "state",
      message: "Cannot approve: the story is a draft.",
    });
    expect(checkTransition("publish", { status: "draft", isLive: false, actor: admin }).ok).toBe(false);
    expect(checkTransition("publish", { status: "archived", isLive: false, actor: admin }).ok).toBe(false);
  });

  it("spikes only stories that are not live, and unpublishes only live ones", () => {
    expect(checkTransition("archive", { status: "draft", isLive: true, actor: editor })).toMatchObject({ ok: false, reason: "live" });
    expect(checkTransition("archive", { status: "unpublished", isLive: false, actor: editor }).ok).toBe(true);
    expect(checkTransition("restore", { status: "archived", isLive: false, actor: editor }).ok).toBe(true);
    expect(checkTransition("unpublish", { status: "draft", isLive: false, actor: editor, note: "x" })).toMatchObject({ ok: false, reason: "live" });
    // A revision in progress on a live story can still be taken down.
    expect(checkTransition("unpublish", { status: "in_review", isLive: true, actor: editor, note: "x" }).ok).toBe(true);
  });

  it("lets the scheduler publish, or cancel a schedule it cannot honour, and nothing else", () => {
    for (const rule of TRANSITIONS) {
      for (const status of rule.from) {
        const check = checkTransition(rule.action, { status, isLive: rule.requiresLive === true, actor: scheduler, note: "x" });
        expect(check.ok, `${rule.action} from ${status}`).toBe(rule.action === "publish" || rule.action === "unschedule");
        if (!check.ok) expect(check.message).toMatch(/^The scheduler cannot /);
      }
    }
  });

  it("gives editors and admins the same story powers", () => {
    for (const status of ARTICLE_STATUSES) {
      for (const isLive of [false, true]) {
        expect(availableActions({ status, isLive, actor: editor })).toEqual(availableActions({ status, isLive, actor: admin }));
      }
    }
  });

  it("names only known roles in the table", () => {
    for (const rule of TRANSITIONS) for (const role of Object.keys(rule.roles)) expect(ROLES).toContain(role);
  });
});
