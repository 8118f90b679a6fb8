import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePublications, auditLog, corrections, media, notifications, revisions, workflowEvents } from "@/db/schema";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, publishArticleRow } from "../support/factories";
import { asActor, createCast, createReadyStory, readArticle, setStatus, type Cast } from "../support/workflow-fixtures";

let t: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  t = await createTestDatabase();
  cast = await createCast(t.db);
});
afterAll(() => t?.close());

async function eventsOf(articleId: string) {
  return t.db
    .select({ from: workflowEvents.fromStatus, to: workflowEvents.toStatus, note: workflowEvents.note, actorId: workflowEvents.actorId })
    .from(workflowEvents)
    .where(eq(workflowEvents.articleId, articleId))
    .orderBy(asc(workflowEvents.createdAt), asc(workflowEvents.id));
}

async function notificationsOf(articleId: string) {
  return t.db
    .select({ userId: notifications.userId, kind: notifications.kind, message: notifications.message, actorId: notifications.actorId })
    .from(notifications)
    .where(eq(notifications.articleId, articleId));
}

describe("transitionArticle", () => {
  it("walks a story from draft to live, with a revision, an event, an audit entry and notifications at every step", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { headline: "Dam plans worry river villages" });
    const reporter = asActor(cast.reporter);
    const editor = asActor(cast.editor);

    const submitted = await transitionArticle(t.db, reporter, { articleId: story.id, action: "submit", baseVersion: 1, note: "Ready for a look" });
    expect(submitted).toMatchObject({ ok: true, fromStatus: "draft", status: "in_review", version: 2, isLive: false });
    // Every active editor and admin hears of it; the deactivated editor and the reporter do not.
    const afterSubmit = await notificationsOf(story.id);
    expect(afterSubmit.map((n) => n.userId).sort()).toEqual([cast.editor.id, cast.admin.id].sort());
    expect(afterSubmit[0]?.message).toBe("Sophea Chan submitted “Dam plans worry river villages” for review: Ready for a look");

    const noNote = await transitionArticle(t.db, editor, { articleId: story.id, action: "requestChanges", baseVersion: 2, note: "  " });
    expect(noNote).toMatchObject({ ok: false, code: "note", message: "Request changes needs a note saying why." });

    const sentBack = await transitionArticle(t.db, editor, { articleId: story.id, action: "requestChanges", baseVersion: 2, note: "Name the second source" });
    expect(sentBack).toMatchObject({ ok: true, status: "changes_requested", version: 3 });
    const told = (await notificationsOf(story.id)).filter((n) => n.kind === "changes_requested");
    expect(told).toEqual([
      { userId: cast.reporter.id, kind: "changes_requested", actorId: cast.editor.id, message: "Dara Keo asked for changes to “Dam plans worry river villages”: Name the second source" },
    ]);

    expect(await transitionArticle(t.db, reporter, { articleId: story.id, action: "submit", baseVersion: 3 })).toMatchObject({ ok: true, status: "in_review", version: 4 });
    expect(await transitionArticle(t.db, editor, { articleId: story.id, action: "approve", baseVersion: 4 })).toMatchObject({ ok: true, status: "approved", version: 5 });
    const published = await transitionArticle(t.db, editor, { articleId: story.id, action: "publish", baseVersion: 5 });
    expect(published).toMatchObject({
      ok: true,
      status: "published",
      version: 6,
      isLive: true,
      publicChange: { language: "en", slug: story.slug, previousSlug: null },
    });

    const [live] = await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id));
    expect(live).toMatchObject({ headline: "Dam plans worry river villages", version: 6, publishedBy: cast.editor.id });
    expect(await eventsOf(story.id)).toEqual([
      { from: "draft", to: "in_review", note: "Ready for a look", actorId: cast.reporter.id },
      { from: "in_review", to: "changes_requested", note: "Name the second source", actorId: cast.editor.id },
      { from: "changes_requested", to: "in_review", note: "", actorId: cast.reporter.id },
      { from: "in_review", to: "approved", note: "", actorId: cast.editor.id },
      { from: "approved", to: "published", note: "", actorId: cast.editor.id },
    ]);
    const revisionKinds = await t.db.select({ kind: revisions.kind, version: revisions.articleVersion }).from(revisions).where(eq(revisions.articleId, story.id)).orderBy(asc(revisions.articleVersion));
    expect(revisionKinds).toEqual([
      { kind: "workflow", version: 2 },
      { kind: "workflow", version: 3 },
      { kind: "workflow", version: 4 },
      { kind: "workflow", version: 5 },
      { kind: "publish", version: 6 },
    ]);
    const audit = await t.db
      .select({ action: auditLog.action, from: auditLog.fromValue, to: auditLog.toValue, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "article"), eq(auditLog.targetId, story.id)))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual(["article.submit", "article.request_changes", "article.submit", "article.approve", "article.publish"]);
    expect(audit.at(-1)).toMatchObject({ from: "approved", to: "published", actorId: cast.editor.id });
    // Nobody is ever notified of their own step.
    for (const n of await notificationsOf(story.id)) expect(n.userId).not.toBe(n.actorId);
  });

  it("refuses a transition based on a stale version, like a stale save, and changes nothing", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "in_review", version: 7 });
    const result = await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "approve", baseVersion: 6 });
    expect(result).toMatchObject({ ok: false, code: "stale", currentVersion: 7, currentStatus: "in_review" });
    if (!result.ok) expect(result.message).toMatch(/Someone changed this story since you opened it/);
    expect(await readArticle(t.db, story.id)).toEqual(story);
    expect(await eventsOf(story.id)).toEqual([]);
  });

  it("lists every missing checklist item at once and publishes nothing", async () => {
    const image = await createMedia(t.db, { altText: "", credit: " " });
    const story = await createArticle(t.db, { createdBy: cast.reporter.id, status: "approved", headline: " ", body: { type: "doc", content: [] }, leadImageId: image.id, bylines: [] });
    const result = await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "publish", baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, code: "checklist" });
    if (result.ok) return;
    expect(result.checklist?.map((item) => item.item)).toEqual(["headline", "body", "section", "byline", "leadImageAlt", "leadImageCredit"]);
    expect(result.message).toBe(
      "This story is not ready to publish: Add a headline. Write the body of the story. Choose a section. Add at least one byline. " +
        "Give the lead image alt text (describe it for readers who cannot see it). Give the lead image a credit.",
    );
    const withoutImage = await createArticle(t.db, { createdBy: cast.reporter.id, status: "approved" });
    const noImage = await transitionArticle(t.db, asActor(cast.editor), { articleId: withoutImage.id, action: "schedule", baseVersion: 1, scheduledFor: new Date(Date.now() + 3_600_000) });
    expect(noImage).toMatchObject({ ok: false, code: "checklist", checklist: [{ item: "section" }, { item: "leadImage" }] });
    expect(await readArticle(t.db, story.id)).toEqual(story);
    expect(await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id))).toEqual([]);
  });

  it("schedules only in the future, and cancelling clears the time", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "approved" });
    const editor = asActor(cast.editor);
    const now = new Date("2026-06-01T02:00:00Z");
    const past = await transitionArticle(t.db, editor, { articleId: story.id, action: "schedule", baseVersion: 1, scheduledFor: new Date("2026-06-01T01:59:00Z") }, { now });
    expect(past).toEqual({ ok: false, code: "schedule", message: "That time has already passed: choose a time in the future, or publish now." });
    const missing = await transitionArticle(t.db, editor, { articleId: story.id, action: "schedule", baseVersion: 1 }, { now });
    expect(missing).toMatchObject({ ok: false, code: "schedule", message: "Choose a date and time to publish." });

    const at = new Date("2026-06-01T03:30:00Z");
    const scheduled = await transitionArticle(t.db, editor, { articleId: story.id, action: "schedule", baseVersion: 1, scheduledFor: at }, { now });
    expect(scheduled).toMatchObject({ ok: true, status: "scheduled", scheduledFor: at });
    expect((await readArticle(t.db, story.id)).scheduledFor?.toISOString()).toBe(at.toISOString());
    // Shown to people in the newsroom's time zone (Phnom Penh is UTC+7).
    expect((await eventsOf(story.id)).at(-1)?.note).toBe("For 1 Jun 2026, 10:30 (Asia/Phnom_Penh)");
    expect((await notificationsOf(story.id)).map((n) => n.message)).toContain(`Dara Keo scheduled “${story.headline}” for 1 Jun 2026, 10:30 (Asia/Phnom_Penh).`);

    const cancelled = await transitionArticle(t.db, editor, { articleId: story.id, action: "unschedule", baseVersion: 2 }, { now });
    expect(cancelled).toMatchObject({ ok: true, status: "approved", scheduledFor: null });
    expect((await readArticle(t.db, story.id)).scheduledFor).toBeNull();
  });

  it("unpublishes only with a reason, takes the live copy down and keeps the corrections", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "published" });
    await publishArticleRow(t.db, story);
    await t.db.insert(corrections).values({ articleId: story.id, text: "An earlier version misspelled the minister's name.", createdBy: cast.editor.id });
    const editor = asActor(cast.editor);
    expect(await transitionArticle(t.db, editor, { articleId: story.id, action: "unpublish", baseVersion: 1 })).toMatchObject({ ok: false, code: "note" });
    const result = await transitionArticle(t.db, editor, { articleId: story.id, action: "unpublish", baseVersion: 1, note: "Legal review of the land claims" });
    expect(result).toMatchObject({ ok: true, status: "unpublished", isLive: false, publicChange: { language: "en", slug: story.slug } });
    expect(await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id))).toEqual([]);
    expect(await t.db.select({ text: corrections.text }).from(corrections).where(eq(corrections.articleId, story.id))).toHaveLength(1);
    const told = (await notificationsOf(story.id)).find((n) => n.kind === "unpublished");
    expect(told).toMatchObject({ userId: cast.reporter.id, message: `Dara Keo unpublished “${story.headline}”: Legal review of the land claims` });
  });

  it("keeps the live version while a published story is revised and reviewed again; publishing the update keeps the first date", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "published", headline: "Rice prices climb" });
    const first = new Date("2026-03-01T00:00:00Z");
    await publishArticleRow(t.db, story, { publishedAt: first });
    const reporter = asActor(cast.reporter);
    const revised = await transitionArticle(t.db, reporter, { articleId: story.id, action: "revise", baseVersion: 1 });
    expect(revised).toMatchObject({ ok: true, status: "draft", isLive: true, publicChange: null });
    await setStatus(t.db, story.id, "draft", { headline: "Rice prices climb for a third month" });
    const [stillLive] = await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id));
    expect(stillLive?.headline).toBe("Rice prices climb");

    // A reporter can never publish the update themself.
    expect(await transitionArticle(t.db, reporter, { articleId: story.id, action: "publish", baseVersion: 2 })).toMatchObject({ ok: false, code: "forbidden" });
    await transitionArticle(t.db, reporter, { articleId: story.id, action: "submit", baseVersion: 2 });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "approve", baseVersion: 3 });
    const republished = await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "publish", baseVersion: 4 });
    expect(republished).toMatchObject({ ok: true, status: "published", version: 5 });
    const [live] = await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id));
    expect(live).toMatchObject({ headline: "Rice prices climb for a third month", version: 5 });
    expect(live?.publishedAt.toISOString()).toBe(first.toISOString());
    expect(live?.updatedAt.getTime()).toBeGreaterThan(first.getTime());
  });

  it("refuses to publish over another live story's address", async () => {
    const other = await createReadyStory(t.db, cast.reporter, { status: "published" });
    await publishArticleRow(t.db, other);
    // The other story has since taken a new working slug; its old one is still live.
    await setStatus(t.db, other.id, "published", { slug: `${other.slug}-moved` });
    const story = await createReadyStory(t.db, cast.reporter, { status: "approved", slug: other.slug });
    const result = await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "publish", baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, code: "slug" });
    expect((await readArticle(t.db, story.id)).status).toBe("approved");
  });

  it("writes all of a transition or none of it", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "approved" });
    // A failure at the last write (the workflow event) must undo the status, the live copy and the revision.
    await t.db.execute(sql`
      CREATE FUNCTION refuse_test_event() RETURNS trigger AS $$
      BEGIN IF NEW.note = 'boom' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.execute(sql`CREATE TRIGGER refuse_test_event BEFORE INSERT ON workflow_events FOR EACH ROW EXECUTE FUNCTION refuse_test_event()`);
    try {
      await expect(transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "publish", baseVersion: 1, note: "boom" })).rejects.toThrow();
    } finally {
      await t.db.execute(sql`DROP TRIGGER refuse_test_event ON workflow_events`);
      await t.db.execute(sql`DROP FUNCTION refuse_test_event()`);
    }
    expect(await readArticle(t.db, story.id)).toEqual(story);
    expect(await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id))).toEqual([]);
    expect(await t.db.select().from(revisions).where(eq(revisions.articleId, story.id))).toEqual([]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.targetId, story.id))).toEqual([]);
    // And the story can still be published afterwards.
    expect(await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "publish", baseVersion: 1 })).toMatchObject({ ok: true });
  });

  it("checks alt text and credit on the lead image as it is now, not as it was", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "approved" });
    await t.db.update(media).set({ credit: "" }).where(eq(media.id, story.leadImageId ?? ""));
    expect(await transitionArticle(t.db, asActor(cast.admin), { articleId: story.id, action: "publish", baseVersion: 1 })).toMatchObject({
      ok: false,
      checklist: [{ item: "leadImageCredit", message: "Give the lead image a credit." }],
    });
  });
});
