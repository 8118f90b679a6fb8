import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePublications, auditLog, comments, notifications } from "@/db/schema";
import { addComment } from "@/lib/comments/add-comment";
import { listComments } from "@/lib/comments/list-comments";
import { addCorrection } from "@/lib/corrections/add-correction";
import { listCorrections } from "@/lib/corrections/list-corrections";
import { getPublishedArticle } from "@/lib/public/published-content";
import { listStoryEvents } from "@/lib/workflow/list-story-events";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser, publishArticleRow } from "../support/factories";
import { asActor, createCast, createReadyStory, type Cast } from "../support/workflow-fixtures";

let t: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  t = await createTestDatabase();
  cast = await createCast(t.db);
});
afterAll(() => t?.close());

async function liveStory(headline = "Garment workers march for a higher wage") {
  const story = await createReadyStory(t.db, cast.reporter, { status: "published", headline });
  await publishArticleRow(t.db, story, { publishedAt: new Date("2026-04-01T00:00:00Z") });
  return story;
}

describe("corrections", () => {
  it("appear dated on the public article, move its updated time, and are audited", async () => {
    const story = await liveStory();
    const at = new Date("2026-04-03T05:00:00Z");
    const result = await addCorrection(
      t.db,
      asActor(cast.editor),
      { articleId: story.id, kind: "correction", text: "An earlier version said 3,000 workers marched; police counted 2,000." },
      { now: at },
    );
    expect(result).toMatchObject({ ok: true, publicChange: { language: "en", slug: story.slug, previousSlug: null } });
    await addCorrection(t.db, asActor(cast.admin), { articleId: story.id, kind: "clarification", text: "The union is not affiliated with any party." }, { now: new Date("2026-04-04T05:00:00Z") });

    const article = await getPublishedArticle(t.db, { language: "en", slug: story.slug });
    expect(article?.corrections).toEqual([
      { kind: "correction", text: "An earlier version said 3,000 workers marched; police counted 2,000.", createdAt: at },
      { kind: "clarification", text: "The union is not affiliated with any party.", createdAt: new Date("2026-04-04T05:00:00Z") },
    ]);
    expect(article?.updatedAt.toISOString()).toBe("2026-04-04T05:00:00.000Z");
    expect(article?.publishedAt.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.targetId, story.id), eq(auditLog.action, "article.correct")));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: cast.editor.id, note: "An earlier version said 3,000 workers marched; police counted 2,000." });
  });

  it("are kept when the story is unpublished, and shown again when it is republished", async () => {
    const story = await liveStory("Ministry revises flood figures");
    await addCorrection(t.db, asActor(cast.editor), { articleId: story.id, kind: "correction", text: "The figures were for 2025, not 2026." });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "unpublish", baseVersion: 1, note: "Checking the figures" });
    expect(await getPublishedArticle(t.db, { language: "en", slug: story.slug })).toBeNull();
    expect((await listCorrections(t.db, asActor(cast.editor), story.id))?.map((c) => c.text)).toEqual(["The figures were for 2025, not 2026."]);

    // While it is down, no correction can be added: there is nothing for readers to see it on.
    const refused = await addCorrection(t.db, asActor(cast.editor), { articleId: story.id, kind: "correction", text: "More" });
    expect(refused).toEqual({ ok: false, code: "not-live", message: "Corrections go on live stories: this story is not published." });

    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "publish", baseVersion: 2 });
    expect((await getPublishedArticle(t.db, { language: "en", slug: story.slug }))?.corrections.map((c) => c.text)).toEqual(["The figures were for 2025, not 2026."]);
  });

  it("show in the story's history beside its workflow steps", async () => {
    const story = await liveStory("Port expansion approved");
    await addCorrection(t.db, asActor(cast.editor), { articleId: story.id, kind: "clarification", text: "The port authority asked us to add its statement." });
    await transitionArticle(t.db, asActor(cast.editor), { articleId: story.id, action: "unpublish", baseVersion: 1, note: "Legal" });
    const events = await listStoryEvents(t.db, asActor(cast.reporter), story.id);
    expect(events?.map((e) => [e.label, e.actorName, e.note])).toEqual([
      ["Added a clarification", "Dara Keo", "The port authority asked us to add its statement."],
      ["Unpublished", "Dara Keo", "Legal"],
    ]);
    expect(await listStoryEvents(t.db, asActor(cast.otherReporter), story.id)).toBeNull();
  });
});

describe("comments", () => {
  it("thread replies, notify the story's people and the mentioned, never the writer", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "in_review", headline: "Land dispute reaches court" });
    const first = await addComment(t.db, asActor(cast.editor), { articleId: story.id, body: `@Vannak Lim should legal see this? @${cast.otherReporter.slug} FYI` });
    // The other reporter cannot see this story, so is not told about it.
    expect(first).toMatchObject({ ok: true, mentioned: ["Vannak Lim"], notNotified: ["Rithy Nuon"] });
    if (!first.ok) return;
    const reply = await addComment(t.db, asActor(cast.reporter), { articleId: story.id, body: "I have the court filing too.", parentId: first.commentId });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    // A reply to a reply joins the same thread.
    const nested = await addComment(t.db, asActor(cast.admin), { articleId: story.id, body: "Yes, send it to me.", parentId: reply.commentId });
    expect(nested.ok).toBe(true);

    const threads = await listComments(t.db, asActor(cast.reporter), story.id);
    expect(threads).toHaveLength(1);
    expect(threads?.[0]?.authorName).toBe("Dara Keo");
    expect(threads?.[0]?.replies.map((r) => [r.authorName, r.body])).toEqual([
      ["Sophea Chan", "I have the court filing too."],
      ["Vannak Lim", "Yes, send it to me."],
    ]);

    const told = await t.db
      .select({ userId: notifications.userId, kind: notifications.kind, message: notifications.message, actorId: notifications.actorId })
      .from(notifications)
      .where(eq(notifications.articleId, story.id));
    const byKind = (kind: string) => told.filter((n) => n.kind === kind).map((n) => [n.userId, n.actorId]);
    expect(byKind("mentioned")).toEqual([[cast.admin.id, cast.editor.id]]);
    expect(told.find((n) => n.kind === "mentioned")?.message).toBe(`Dara Keo mentioned you on “Land dispute reaches court”: @Vannak Lim should legal see this? @${cast.otherReporter.slug} FYI`);
    expect(byKind("commented")).toEqual(
      expect.arrayContaining([
        [cast.reporter.id, cast.editor.id],
        [cast.editor.id, cast.reporter.id],
        [cast.reporter.id, cast.admin.id],
      ]),
    );
    for (const n of told) expect(n.userId).not.toBe(n.actorId);
    expect(told.some((n) => n.userId === cast.otherReporter.id)).toBe(false);
  });

  it("refuses a reply to a comment on another story, an empty story id, and people who cannot see the story", async () => {
    const story = await createReadyStory(t.db, cast.reporter, { status: "draft" });
    const elsewhere = await createReadyStory(t.db, cast.reporter, { status: "draft" });
    const foreign = await addComment(t.db, asActor(cast.editor), { articleId: elsewhere.id, body: "On the other story" });
    if (!foreign.ok) throw new Error(foreign.message);
    expect(await addComment(t.db, asActor(cast.editor), { articleId: story.id, body: "Reply", parentId: foreign.commentId })).toEqual({
      ok: false,
      code: "parent",
      message: "The comment you replied to is not on this story.",
    });
    expect(await addComment(t.db, asActor(cast.otherReporter), { articleId: story.id, body: "Let me in" })).toMatchObject({ ok: false, code: "not-found" });
    expect(await listComments(t.db, asActor(cast.otherReporter), story.id)).toBeNull();
    expect(await listComments(t.db, null, story.id)).toBeNull();
    expect(await t.db.select().from(comments).where(eq(comments.articleId, story.id))).toEqual([]);
  });

  it("never reach a deactivated person's notifications", async () => {
    const gone = await createUser(t.db, { role: "editor", name: "Kosal Gone", active: false });
    const story = await createReadyStory(t.db, cast.reporter, { status: "draft" });
    const result = await addComment(t.db, asActor(cast.reporter), { articleId: story.id, body: "@Kosal Gone are you there?" });
    expect(result).toMatchObject({ ok: true, mentioned: [] });
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, gone.id))).toEqual([]);
  });

  it("are never part of what the public module reads", async () => {
    const story = await liveStory("Comment privacy check");
    await addComment(t.db, asActor(cast.editor), { articleId: story.id, body: "INTERNAL: source is the deputy governor" });
    const article = await getPublishedArticle(t.db, { language: "en", slug: story.slug });
    expect(JSON.stringify(article)).not.toContain("deputy governor");
    const [live] = await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, story.id));
    expect(JSON.stringify(live)).not.toContain("deputy governor");
  });
});
