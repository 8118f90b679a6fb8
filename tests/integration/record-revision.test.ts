import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, revisions } from "@/db/schema";
import { recordRevision } from "@/lib/articles/record-revision";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createTag, createUser, paragraphsDoc, type User } from "../support/factories";

let t: TestDatabase;
let reporter: User;
let editor: User;

beforeAll(async () => {
  t = await createTestDatabase();
  reporter = await createUser(t.db, { role: "reporter" });
  editor = await createUser(t.db, { role: "editor" });
});
afterAll(() => t?.close());

async function revisionsOf(articleId: string) {
  return t.db.select().from(revisions).where(eq(revisions.articleId, articleId)).orderBy(revisions.createdAt, revisions.articleVersion);
}

async function bump(articleId: string, headline: string) {
  await t.db
    .update(articles)
    .set({ headline, version: sql`${articles.version} + 1` })
    .where(eq(articles.id, articleId));
}

describe("recordRevision", () => {
  it("snapshots the story as stored: text, bylines in order, tags, version", async () => {
    const tag = await createTag(t.db);
    const article = await createArticle(t.db, { createdBy: reporter.id, bylines: [editor.id, reporter.id], tagIds: [tag.id], body: paragraphsDoc(["One two three."]) });
    const recorded = await recordRevision(t.db, { articleId: article.id, authorId: reporter.id, kind: "save" });
    expect(recorded.coalesced).toBe(false);
    const [row] = await revisionsOf(article.id);
    expect(row).toMatchObject({ articleVersion: 1, kind: "save", authorId: reporter.id, wordCount: 3 });
    expect(row?.snapshot).toMatchObject({ headline: article.headline, slug: article.slug, bylineIds: [editor.id, reporter.id], tagIds: [tag.id] });
    expect(row?.snapshot.body).toEqual(paragraphsDoc(["One two three."]));
  });

  it("coalesces saves by the same person within five minutes into one revision that follows the latest version", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    const first = await recordRevision(t.db, { articleId: article.id, authorId: reporter.id, kind: "save" });
    await bump(article.id, "Second headline");
    const second = await recordRevision(t.db, { articleId: article.id, authorId: reporter.id, kind: "save" });
    expect(second).toEqual({ id: first.id, articleVersion: 2, coalesced: true });
    const rows = await revisionsOf(article.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.snapshot.headline).toBe("Second headline");
  });

  it("starts a new revision after five minutes, for another person, and after a workflow step", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    const first = await recordRevision(t.db, { articleId: article.id, authorId: reporter.id, kind: "save" });
    await t.db.update(revisions).set({ createdAt: sql`now() - interval '6 minutes'` }).where(eq(revisions.id, first.id));
    await bump(article.id, "Later");
    const afterWindow = await recordRevision(t.db, { articleId: article.id, authorId: reporter.id, kind: "save" });
    expect(afterWindow.coalesced).toBe(false);

    await bump(article.id, "Editor's headline");
    const byEditor = await recordRevision(t.db, { articleId: article.id, authorId: editor.id, kind: "save" });
    expect(byEditor.coalesced).toBe(false);

    await bump(article.id, "Editor's headline");
    const step = await recordRevision(t.db, { articleId: article.id, authorId: editor.id, kind: "workflow", note: "Submitted" });
    expect(step.coalesced).toBe(false);
    await bump(article.id, "After the step");
    const afterStep = await recordRevision(t.db, { articleId: article.id, authorId: editor.id, kind: "save" });
    expect(afterStep.coalesced).toBe(false);

    const rows = await revisionsOf(article.id);
    expect(rows.map((row) => [row.kind, row.articleVersion])).toEqual([
      ["save", 1],
      ["save", 2],
      ["save", 3],
      ["workflow", 4],
      ["save", 5],
    ]);
    expect(rows[3]?.note).toBe("Submitted");
  });

  it("never coalesces workflow, restore or publish revisions", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    for (const kind of ["workflow", "restore", "publish", "workflow"] as const) {
      expect((await recordRevision(t.db, { articleId: article.id, authorId: editor.id, kind })).coalesced).toBe(false);
    }
    expect(await revisionsOf(article.id)).toHaveLength(4);
  });

  it("refuses to record a revision for a story that does not exist", async () => {
    await expect(
      recordRevision(t.db, { articleId: "00000000-0000-4000-8000-000000000000", authorId: reporter.id, kind: "save" }),
    ).rejects.toThrow(/no story/);
  });
});
