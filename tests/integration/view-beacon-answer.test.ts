import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleViewsDaily, publicationSettings } from "@/db/schema";
import { answerViewBeacon } from "@/lib/views/answer-view-beacon";
import { ViewRecorder } from "@/lib/views/view-recorder";
import { MAX_VIEW_BODY_BYTES } from "@/lib/views/view-request";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createUser, publishArticleRow, type Article } from "../support/factories";

// One view beacon's answer (lib/views/answer-view-beacon.ts), which the views
// route and the production server's fast path both give, against a real
// database: PGlite by default, PostgreSQL with DATABASE_URL set.

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
let t: TestDatabase;
let recorder: ViewRecorder;
let published: Article;
let draft: Article;

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(publicationSettings).values({ name: "The Test Post", timezone: "Asia/Phnom_Penh" }).onConflictDoNothing();
  const reporter = await createUser(t.db);
  published = await createArticle(t.db, { status: "published", createdBy: reporter.id });
  draft = await createArticle(t.db, { status: "draft", createdBy: reporter.id });
  await publishArticleRow(t.db, published);
  recorder = new ViewRecorder({ database: async () => t.db, flushIntervalMs: 60_000 });
});

afterAll(async () => {
  recorder?.stop();
  await t?.close();
});

function beacon(body: string, headers: Record<string, string> = {}) {
  let bodyRead = false;
  const answer = answerViewBeacon(recorder, {
    headers: new Headers({ "user-agent": BROWSER, "x-forwarded-for": "198.51.100.7", ...headers }),
    readBody: async () => {
      bodyRead = true;
      return body;
    },
  });
  return { answer, bodyRead: () => bodyRead };
}

const viewsOf = async (articleId: string) =>
  (await t.db.select({ views: articleViewsDaily.views }).from(articleViewsDaily).where(eq(articleViewsDaily.articleId, articleId))).reduce(
    (sum, row) => sum + row.views,
    0,
  );

describe("answerViewBeacon", () => {
  it("counts a reader once (202), then not again (204), and the count is written", async () => {
    const body = JSON.stringify({ articleId: published.id });
    expect(await beacon(body).answer).toEqual({ status: 202, error: null });
    expect(await beacon(body).answer).toEqual({ status: 204, error: null });
    // Another address is another reader.
    expect(await beacon(body, { "x-forwarded-for": "198.51.100.8" }).answer).toEqual({ status: 202, error: null });
    await recorder.flush();
    expect(await viewsOf(published.id)).toBe(2);
  });

  it("does not count a robot (204)", async () => {
    const answer = await beacon(JSON.stringify({ articleId: published.id }), { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)", "x-forwarded-for": "203.0.113.9" }).answer;
    expect(answer).toEqual({ status: 204, error: null });
  });

  it("answers 404 for a story that is not published", async () => {
    expect(await beacon(JSON.stringify({ articleId: draft.id }), { "x-forwarded-for": "203.0.113.10" }).answer).toEqual({
      status: 404,
      error: "No published story has this id.",
    });
    await recorder.flush();
    expect(await viewsOf(draft.id)).toBe(0);
  });

  it.each([
    ["not JSON", "articleId=1", 'The body must be JSON like {"articleId": "<uuid>"}.'],
    ["not a story id", JSON.stringify({ articleId: "42" }), "articleId must be a story's id (a UUID)."],
  ])("answers 400 for a body that is %s", async (_label, body, error) => {
    expect(await beacon(body).answer).toEqual({ status: 400, error });
  });

  it("answers 413 for a body declared too long without reading it, and for one that is too long", async () => {
    const declared = beacon("{}", { "content-length": String(MAX_VIEW_BODY_BYTES + 1) });
    expect(await declared.answer).toEqual({ status: 413, error: `A view beacon is at most ${MAX_VIEW_BODY_BYTES} bytes.` });
    expect(declared.bodyRead()).toBe(false);
    expect((await beacon("x".repeat(MAX_VIEW_BODY_BYTES + 1)).answer).status).toBe(413);
  });
});
