import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { parseAuditParams } from "@/lib/audit/audit-params";
import { searchAuditLog } from "@/lib/audit/search-audit-log";
import { countUnread, listNotifications, markRead } from "@/lib/notifications/list-notifications";
import { describeWait, listReviewQueue } from "@/lib/workflow/list-review-queue";
import { loadWorkflowContext } from "@/lib/workflow/load-workflow-context";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, publishArticleRow } from "../support/factories";
import { asActor, createCast, createReadyStory, type Cast } from "../support/workflow-fixtures";

let t: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  t = await createTestDatabase();
  cast = await createCast(t.db);
});
afterAll(() => t?.close());

describe("notifications", () => {
  it("are listed newest first, counted, paged and marked read only for their owner", async () => {
    const story = await createReadyStory(t.db, cast.reporter);
    await transitionArticle(t.db, asActor(cast.reporter), { articleId: story.id, action: "submit", baseVersion: 1 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "requestChanges", baseVersion: 2, note: "Shorter, please" });
    await transitionArticle(t.db, asActor(cast.reporter), { articleId: story.id, action: "submit", baseVersion: 3 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "approve", baseVersion: 4 });

    const reporter = asActor(cast.reporter);
    expect(await countUnread(t.db, reporter)).toBe(2);
    const page = await listNotifications(t.db, reporter, { limit: 1 });
    expect(page.items.map((n) => n.kind)).toEqual(["approved"]);
    expect(page.items[0]).toMatchObject({ actorName: "Dara Keo", articleHeadline: story.headline, readAt: null });
    const next = await listNotifications(t.db, reporter, { limit: 1, cursor: page.nextCursor ?? undefined });
    expect(next.items.map((n) => n.kind)).toEqual(["changes_requested"]);
    expect(next.nextCursor).toBeNull();

    // Someone else's ids change nothing.
    const editorItems = await listNotifications(t.db, asActor(cast.editor));
    expect(await markRead(t.db, reporter, editorItems.items.map((n) => n.id))).toBe(0);
    expect(await countUnread(t.db, asActor(cast.editor))).toBe(editorItems.items.length);

    expect(await markRead(t.db, reporter, [page.items[0]?.id ?? "", "not-an-id"])).toBe(1);
    expect(await countUnread(t.db, reporter)).toBe(1);
    expect((await listNotifications(t.db, reporter, { unreadOnly: true })).items.map((n) => n.kind)).toEqual(["changes_requested"]);
    expect(await markRead(t.db, reporter)).toBe(1);
    expect(await countUnread(t.db, reporter)).toBe(0);
    expect(await countUnread(t.db, null)).toBe(0);
    expect(await countUnread(t.db, asActor(cast.deactivated))).toBe(0);
  });
});

describe("review queue", () => {
  it("lists stories in review by how long they have waited since their last submission, with the note", async () => {
    const older = await createReadyStory(t.db, cast.reporter, { headline: "Older submission" });
    const newer = await createReadyStory(t.db, cast.reporter, { headline: "Newer submission" });
    await transitionArticle(t.db, asActor(cast.reporter), { articleId: newer.id, action: "submit", baseVersion: 1 }, { now: new Date("2026-05-02T00:00:00Z") });
    await transitionArticle(t.db, asActor(cast.reporter), { articleId: older.id, action: "submit", baseVersion: 1, note: "Urgent" }, { now: new Date("2026-05-01T00:00:00Z") });
    const queue = (await listReviewQueue(t.db, asActor(cast.editor))).filter((row) => row.id === older.id || row.id === newer.id);
    expect(queue.map((row) => [row.headline, row.submissionNote, row.submittedByName])).toEqual([
      ["Older submission", "Urgent", "Sophea Chan"],
      ["Newer submission", "", "Sophea Chan"],
    ]);
    expect(queue[0]?.submittedAt.toISOString()).toBe("2026-05-01T00:00:00.000Z");
    expect(await listReviewQueue(t.db, asActor(cast.reporter))).toEqual([]);
  });

  it("says how long in words", () => {
    const now = new Date("2026-05-10T12:00:00Z");
    expect(describeWait(new Date("2026-05-10T11:59:30Z"), now)).toBe("under a minute");
    expect(describeWait(new Date("2026-05-10T11:59:00Z"), now)).toBe("1 minute");
    expect(describeWait(new Date("2026-05-10T09:55:00Z"), now)).toBe("2 hours 5 minutes");
    expect(describeWait(new Date("2026-05-07T08:00:00Z"), now)).toBe("3 days 4 hours");
    expect(describeWait(new Date("2026-05-09T12:00:00Z"), now)).toBe("1 day");
  });
});

describe("workflow context", () => {
  it("shows the reporter the editor's note, and their own steps only", async () => {
    const story = await createReadyStory(t.db, cast.reporter);
    await transitionArticle(t.db, asActor(cast.reporter), { articleId: story.id, action: "submit", baseVersion: 1 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "requestChanges", baseVersion: 2, note: "Add the minister's reply" });
    const context = await loadWorkflowContext(t.db, asActor(cast.reporter), story.id);
    expect(context).toMatchObject({
      status: "changes_requested",
      version: 3,
      isLive: false,
      actions: ["submit"],
      timeZone: "Asia/Phnom_Penh",
      changesRequested: { note: "Add the minister's reply", byName: "Dara Keo" },
      checklist: [],
      canCorrect: false,
      livePath: null,
    });
    expect(await loadWorkflowContext(t.db, asActor(cast.otherReporter), story.id)).toBeNull();
    expect(await loadWorkflowContext(t.db, asActor(cast.editor), "nope")).toBeNull();
  });

  it("gives editors the live path, corrections, the schedule in the newsroom's zone and the checklist", async () => {
    const story = await createArticle(t.db, { createdBy: cast.reporter.id, status: "approved" });
    const context = await loadWorkflowContext(t.db, asActor(cast.editor), story.id);
    expect(context?.actions).toEqual(["requestChanges", "publish", "schedule", "archive"]);
    expect(context?.checklist.map((p) => p.item)).toEqual(["section", "leadImage"]);

    const live = await createReadyStory(t.db, cast.reporter, { status: "published", slug: "ក្រុង-ទន្លេ" });
    await publishArticleRow(t.db, live);
    await transitionArticle(t.db, asActor(cast.editor), { articleId: live.id, action: "revise", baseVersion: 1 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: live.id, action: "submit", baseVersion: 2 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: live.id, action: "approve", baseVersion: 3 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: live.id, action: "schedule", baseVersion: 4, scheduledFor: new Date("2036-01-02T03:04:00Z") });
    const liveContext = await loadWorkflowContext(t.db, asActor(cast.editor), live.id);
    expect(liveContext).toMatchObject({
      status: "scheduled",
      isLive: true,
      canCorrect: true,
      livePath: `/articles/${encodeURIComponent("ក្រុង-ទន្លេ")}`,
      scheduledFor: { iso: "2036-01-02T03:04:00.000Z", text: "2 Jan 2036, 10:04 (Asia/Phnom_Penh)", date: "2036-01-02", time: "10:04" },
    });
    expect(liveContext?.actions).toEqual(["publish", "unschedule", "unpublish"]);
  });
});

describe("audit trail", () => {
  it("is searchable by actor, action, target and day in the newsroom's zone, for admins only", async () => {
    const story = await createReadyStory(t.db, cast.reporter);
    await transitionArticle(t.db, asActor(cast.reporter), { articleId: story.id, action: "submit", baseVersion: 1 });
    await insertAuditEntry(t.db, { actorId: cast.editor.id, action: "article.approve", targetType: "article", targetId: story.id });
    const admin = asActor(cast.admin);
    const tz = "Asia/Phnom_Penh";

    const byTarget = await searchAuditLog(t.db, admin, parseAuditParams({ targetType: "article", targetId: story.id }), tz);
    expect(byTarget?.entries.map((e) => e.action)).toEqual(["article.approve", "article.submit"]);
    const byActor = await searchAuditLog(t.db, admin, parseAuditParams({ actor: cast.reporter.id, targetId: story.id }), tz);
    expect(byActor?.entries.map((e) => [e.action, e.actorName, e.fromValue, e.toValue])).toEqual([["article.submit", "Sophea Chan", "draft", "in_review"]]);
    const byAction = await searchAuditLog(t.db, admin, parseAuditParams({ action: "article.approve", targetId: story.id }), tz);
    expect(byAction?.entries).toHaveLength(1);

    expect(await searchAuditLog(t.db, asActor(cast.editor), {}, tz)).toBeNull();
    expect(parseAuditParams({ actor: "x'; drop table", from: "yesterday", before: "-3", action: ["a", "b"] })).toEqual({ action: "a" });
  });

  it("filters by day boundaries in the newsroom's zone", async () => {
    await insertAuditEntry(t.db, { actorId: null, action: "test.day", targetType: "test", targetId: "late" });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, "late"));
    if (!entry) throw new Error("no entry");
    const admin = asActor(cast.admin);
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Phnom_Penh" }).format(entry.createdAt);
    const found = await searchAuditLog(t.db, admin, parseAuditParams({ action: "test.day", from: day, to: day }), "Asia/Phnom_Penh");
    expect(found?.entries.map((e) => e.targetId)).toEqual(["late"]);
    const before = new Date(entry.createdAt.getTime() - 86_400_000 * 2);
    const earlier = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Phnom_Penh" }).format(before);
    const none = await searchAuditLog(t.db, admin, parseAuditParams({ action: "test.day", to: earlier }), "Asia/Phnom_Penh");
    expect(none?.entries).toEqual([]);
  });

  it("cannot be changed or deleted, even by the database user the app connects as", async () => {
    await insertAuditEntry(t.db, { actorId: null, action: "test.immutable", targetType: "test", targetId: "x" });
    await expect(t.db.update(auditLog).set({ note: "rewritten" }).where(eq(auditLog.action, "test.immutable"))).rejects.toThrow();
    await expect(t.db.delete(auditLog).where(eq(auditLog.action, "test.immutable"))).rejects.toThrow();
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "test.immutable"))).toHaveLength(1);
  });
});
