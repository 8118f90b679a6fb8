import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectIsPublished, upsertViewCounts } from "@/db/queries/article-views";
import { articleViewsDaily, articles, publicationSettings } from "@/db/schema";
import { ViewRecorder } from "@/lib/views/view-recorder";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createUser, publishArticleRow, type Article } from "../support/factories";

// Run on both drivers: PGlite by default, PostgreSQL with DATABASE_URL set
// (where the Promise.all calls below really run on separate connections).

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
let t: TestDatabase;
let published: Article;
let other: Article;
let draft: Article;

async function viewsOf(articleId: string, day?: string): Promise<number> {
  const rows = await t.db
    .select({ views: articleViewsDaily.views })
    .from(articleViewsDaily)
    .where(day ? and(eq(articleViewsDaily.articleId, articleId), eq(articleViewsDaily.day, day)) : eq(articleViewsDaily.articleId, articleId));
  return rows.reduce((sum, row) => sum + row.views, 0);
}

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(publicationSettings).values({ name: "The Test Post", timezone: "Asia/Phnom_Penh" }).onConflictDoNothing();
  const reporter = await createUser(t.db);
  published = await createArticle(t.db, { status: "published", createdBy: reporter.id, headline: "A story readers can read" });
  other = await createArticle(t.db, { status: "published", createdBy: reporter.id, headline: "Another live story" });
  draft = await createArticle(t.db, { status: "draft", createdBy: reporter.id, headline: "A draft" });
  await publishArticleRow(t.db, published);
  await publishArticleRow(t.db, other);
});

afterAll(() => t?.close());

describe("upsertViewCounts", () => {
  it("inserts a day's count and adds later counts to it", async () => {
    await upsertViewCounts(t.db, [{ articleId: published.id, day: "2026-01-01", views: 3 }]);
    await upsertViewCounts(t.db, [{ articleId: published.id, day: "2026-01-01", views: 4 }]);
    expect(await viewsOf(published.id, "2026-01-01")).toBe(7);
  });

  it("loses no increment when many flushes hit the same rows at once", async () => {
    const day = "2026-01-02";
    const flushes = Array.from({ length: 40 }, (_, i) => [
      { articleId: published.id, day, views: i + 1 },
      { articleId: other.id, day, views: 2 },
    ]);
    await Promise.all(flushes.map((counts) => upsertViewCounts(t.db, counts)));
    expect(await viewsOf(published.id, day)).toBe((40 * 41) / 2);
    expect(await viewsOf(other.id, day)).toBe(80);
  });

  it("drops the count of a story deleted since it was read and still writes the rest", async () => {
    const doomed = await createArticle(t.db, { status: "published" });
    await t.db.delete(articles).where(eq(articles.id, doomed.id));
    await upsertViewCounts(t.db, [
      { articleId: doomed.id, day: "2026-01-03", views: 5 },
      { articleId: other.id, day: "2026-01-03", views: 6 },
    ]);
    expect(await viewsOf(doomed.id)).toBe(0);
    expect(await viewsOf(other.id, "2026-01-03")).toBe(6);
  });

  it("does nothing with no counts", async () => {
    await expect(upsertViewCounts(t.db, [])).resolves.toBeUndefined();
  });
});

describe("selectIsPublished", () => {
  it("is true only for stories with a live version", async () => {
    expect(await selectIsPublished(t.db, published.id)).toBe(true);
    expect(await selectIsPublished(t.db, draft.id)).toBe(false);
    expect(await selectIsPublished(t.db, "00000000-0000-4000-8000-000000000000")).toBe(false);
  });
});

describe("ViewRecorder against the database", () => {
  // 18:30 UTC on the 25th is 01:30 on the 26th in Phnom Penh.
  const now = () => Date.parse("2026-11-25T18:30:00Z");

  it("counts each distinct reader once, skips robots, repeats and unpublished stories, and writes the sum on flush", async () => {
    const recorder = new ViewRecorder({ database: async () => t.db, now, flushIntervalMs: 60_000 });
    const readers = Array.from({ length: 50 }, (_, i) => ({ articleId: published.id, ip: `198.51.100.${i}`, userAgent: BROWSER }));
    const outcomes = await Promise.all([
      ...readers.map((reader) => recorder.record(reader)),
      recorder.record({ articleId: published.id, ip: "203.0.113.1", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)" }),
      recorder.record({ articleId: draft.id, ip: "203.0.113.2", userAgent: BROWSER }),
    ]);
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(50);
    expect(outcomes.slice(50)).toEqual(["bot", "not-published"]);
    expect(await recorder.record(readers[0]!)).toBe("duplicate");
    expect(recorder.pendingViews).toBe(50);
    expect(await viewsOf(published.id, "2026-11-26")).toBe(0);

    await recorder.flush();
    recorder.stop();
    expect(recorder.pendingViews).toBe(0);
    expect(await viewsOf(published.id, "2026-11-26")).toBe(50);
    expect(await viewsOf(draft.id)).toBe(0);
  });

  it("adds up counts from two servers flushing at the same time", async () => {
    const day = "2026-11-26";
    const before = await viewsOf(other.id, day);
    const servers = [0, 1].map(() => new ViewRecorder({ database: async () => t.db, now, flushIntervalMs: 60_000 }));
    await Promise.all(
      servers.flatMap((server, s) =>
        Array.from({ length: 30 }, (_, i) => server.record({ articleId: other.id, ip: `10.${s}.0.${i}`, userAgent: BROWSER })),
      ),
    );
    await Promise.all(servers.map((server) => server.flush()));
    servers.forEach((server) => server.stop());
    expect((await viewsOf(other.id, day)) - before).toBe(60);
  });

  it("keeps counts buffered when a write fails and writes them with the next flush", async () => {
    const day = "2026-11-26";
    const before = await viewsOf(other.id, day);
    let failNext = false;
    const errors: unknown[] = [];
    const recorder = new ViewRecorder({
      database: async () => {
        if (failNext) {
          failNext = false;
          throw new Error("database away");
        }
        return t.db;
      },
      now,
      flushIntervalMs: 60_000,
      onError: (error) => errors.push(error),
    });
    for (let i = 0; i < 7; i++) await recorder.record({ articleId: other.id, ip: `172.16.0.${i}`, userAgent: BROWSER });
    const settled = recorder.whenFlushed();
    failNext = true;
    await recorder.flush();
    await settled;
    expect(errors).toHaveLength(1);
    expect(recorder.pendingViews).toBe(7);
    expect((await viewsOf(other.id, day)) - before).toBe(0);

    await recorder.flush();
    recorder.stop();
    expect(recorder.pendingViews).toBe(0);
    expect((await viewsOf(other.id, day)) - before).toBe(7);
  });
});
