import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePublications, media, notifications, workflowEvents } from "@/db/schema";
import { publishDueStories, schedulerIntervalFromEnv, startScheduler } from "@/lib/workflow/scheduler";
import { transitionArticle } from "@/lib/workflow/transition-article";
import type { PublicChange } from "@/lib/workflow/unsafe-apply-transition";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { asActor, createCast, createReadyStory, readArticle, type Cast } from "../support/workflow-fixtures";

let t: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  t = await createTestDatabase();
  cast = await createCast(t.db);
});
afterAll(() => t?.close());

const quiet = { error: () => {}, info: () => {} };

/** A story an editor scheduled through the workflow for `at` (decided at `now`). */
async function scheduleStory(at: Date, now: Date) {
  const story = await createReadyStory(t.db, cast.reporter, { status: "approved" });
  const result = await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "schedule", baseVersion: 1, scheduledFor: at }, { now });
  if (!result.ok) throw new Error(result.message);
  return story;
}

async function publishEvents(ids: string[]) {
  return t.db
    .select({ articleId: workflowEvents.articleId, from: workflowEvents.fromStatus, actorId: workflowEvents.actorId })
    .from(workflowEvents)
    .where(and(inArray(workflowEvents.articleId, ids), eq(workflowEvents.toStatus, "published")));
}

describe("publishDueStories", () => {
  it("publishes due stories once, leaves the others, and catches up on ones long overdue", async () => {
    const now = new Date();
    const overdue = await scheduleStory(new Date(now.getTime() + 60_000), new Date(now.getTime() - 3 * 86_400_000));
    const due = await scheduleStory(new Date(now.getTime() + 1_000), now);
    const later = await scheduleStory(new Date(now.getTime() + 3_600_000), now);

    const runAt = () => new Date(now.getTime() + 120_000);
    const outcomes = await publishDueStories(t.db, { now: runAt });
    expect(outcomes.map((o) => o.articleId).sort()).toEqual([overdue.id, due.id].sort());
    expect(outcomes.every((o) => o.outcome === "published")).toBe(true);
    expect((await readArticle(t.db, later.id)).status).toBe("scheduled");
    expect((await readArticle(t.db, due.id))).toMatchObject({ status: "published", scheduledFor: null });
    expect(await t.db.select({ id: articlePublications.articleId }).from(articlePublications).where(inArray(articlePublications.articleId, [due.id, overdue.id, later.id]))).toHaveLength(2);

    // A second run has nothing left to do.
    expect(await publishDueStories(t.db, { now: runAt })).toEqual([]);
    const events = await publishEvents([overdue.id, due.id, later.id]);
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.from === "scheduled" && e.actorId === null)).toBe(true);
    // The bylined reporter hears that it went out.
    const told = await t.db.select().from(notifications).where(and(eq(notifications.articleId, due.id), eq(notifications.kind, "published")));
    expect(told.map((n) => n.userId)).toEqual([cast.reporter.id]);
    expect(told[0]?.message).toMatch(/^The scheduler published “/);
  });

  it("publishes each story exactly once when several runs race (several server processes)", async () => {
    const now = new Date();
    const stories = [];
    for (let i = 0; i < 8; i++) stories.push(await scheduleStory(new Date(now.getTime() + 1_000 + i), now));
    const runAt = () => new Date(now.getTime() + 60_000);
    // On PostgreSQL each run takes its own connection, so they really overlap.
    const runs = await Promise.all([publishDueStories(t.db, { now: runAt }), publishDueStories(t.db, { now: runAt }), publishDueStories(t.db, { now: runAt })]);
    const ids = stories.map((s) => s.id);
    const published = runs.flat().filter((o) => ids.includes(o.articleId));
    expect(published).toHaveLength(8);
    expect(new Set(published.map((o) => o.articleId)).size).toBe(8);
    const events = await publishEvents(ids);
    expect(events).toHaveLength(8);
  });

  it("does not publish a story that fails the checklist at its time: the schedule is cancelled and people are told", async () => {
    const now = new Date();
    const story = await scheduleStory(new Date(now.getTime() + 1_000), now);
    await t.db.update(media).set({ altText: "" }).where(eq(media.id, story.leadImageId ?? ""));
    const outcomes = await publishDueStories(t.db, { now: () => new Date(now.getTime() + 60_000) });
    expect(outcomes.find((o) => o.articleId === story.id)).toMatchObject({ outcome: "unscheduled" });
    expect(await readArticle(t.db, story.id)).toMatchObject({ status: "approved", scheduledFor: null });
    expect(await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id))).toEqual([]);
    const told = await t.db.select().from(notifications).where(and(eq(notifications.articleId, story.id), eq(notifications.kind, "schedule_failed")));
    expect(told.map((n) => n.userId).sort()).toEqual([cast.editor.id, cast.reporter.id].sort());
    expect(told[0]?.message).toMatch(/was not published at its scheduled time and is back to approved\. .*Give the lead image alt text/);
  });
});

describe("startScheduler", () => {
  it("runs at once after a start (catch-up), rebuilds public pages after commit, and stops", async () => {
    const now = new Date();
    const story = await scheduleStory(new Date(now.getTime() + 500), now);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const changes: PublicChange[] = [];
    const scheduler = startScheduler({
      getDb: async () => t.db,
      onPublicChange: async (change) => {
        // Called after commit: the live copy is already visible to another reader.
        const [live] = await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id));
        expect(live).toBeDefined();
        changes.push(change);
      },
      intervalMs: 60_000,
      log: quiet,
    });
    try {
      await scheduler.runNow();
      expect(changes).toContainEqual({ language: "en", slug: story.slug, previousSlug: null });
      expect((await readArticle(t.db, story.id)).status).toBe("published");
    } finally {
      scheduler.stop();
    }
  });

  it("reads its interval from the environment within bounds", () => {
    expect(schedulerIntervalFromEnv(undefined)).toBe(15_000);
    expect(schedulerIntervalFromEnv("500")).toBe(1_000);
    expect(schedulerIntervalFromEnv("5000")).toBe(5_000);
    expect(schedulerIntervalFromEnv("999999")).toBe(60_000);
    expect(schedulerIntervalFromEnv("soon")).toBe(15_000);
  });
});
