import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, ARTICLE_STATUSES, auditLog, revisions } from "@/db/schema";
import type { ArticleActor } from "@/lib/articles/article-access";
import type { ArticleDraft, SaveOutcome } from "@/lib/articles/article-input";
import { readStoredDraft, saveArticle } from "@/lib/articles/save-article";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createTag, createUser, paragraphsDoc, publishArticleRow, type Article, type User } from "../support/factories";

let t: TestDatabase;
let author: User;
let other: User;
let editor: User;
let admin: User;
let deactivated: User;

beforeAll(async () => {
  t = await createTestDatabase();
  author = await createUser(t.db, { role: "reporter" });
  other = await createUser(t.db, { role: "reporter" });
  editor = await createUser(t.db, { role: "editor" });
  admin = await createUser(t.db, { role: "admin" });
  deactivated = await createUser(t.db, { role: "editor", active: false });
});
afterAll(() => t?.close());

async function reload(id: string): Promise<Article> {
  const [row] = await t.db.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new Error("article gone");
  return row;
}

async function draftOf(article: Article): Promise<ArticleDraft> {
  return readStoredDraft(t.db, await reload(article.id));
}

async function save(actor: ArticleActor, article: Article, change: Partial<ArticleDraft>, baseVersion?: number): Promise<SaveOutcome> {
  const current = await reload(article.id);
  const draft = { ...(await readStoredDraft(t.db, current)), ...change };
  return saveArticle(t.db, actor, article.id, { baseVersion: baseVersion ?? current.version, draft });
}

function expectFailure(outcome: SaveOutcome, code: string) {
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.code).toBe(code);
}

describe("saveArticle: versions", () => {
  it("applies a save based on the current version, moves the version on by one and derives text and word count", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    const body = paragraphsDoc(["Rice prices rose again this week.", "Traders blamed the floods."]);
    const outcome = await save(author, article, { headline: "Rice prices rise", body });
    expect(outcome).toMatchObject({ ok: true, version: 2, changed: true });
    const stored = await reload(article.id);
    expect(stored).toMatchObject({ headline: "Rice prices rise", version: 2, updatedBy: author.id, wordCount: 10 });
    expect(stored.bodyText).toBe("Rice prices rose again this week.\n\nTraders blamed the floods.");
  });

  it("refuses a stale save, returns the server's copy and changes nothing", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    expect(await save(editor, article, { headline: "The editor's headline" })).toMatchObject({ ok: true, version: 2 });
    const before = await reload(article.id);
    const revisionsBefore = await t.db.select().from(revisions).where(eq(revisions.articleId, article.id));

    const stale = await save(author, article, { headline: "The reporter's headline", body: paragraphsDoc(["Mine."]) }, 1);
    expectFailure(stale, "conflict");
    if (!stale.ok && stale.code === "conflict") {
      expect(stale.current).toMatchObject({ version: 2, updatedByName: editor.name, status: "draft" });
      expect(stale.current.draft.headline).toBe("The editor's headline");
    }
    expect(await reload(article.id)).toEqual(before);
    expect(await t.db.select().from(revisions).where(eq(revisions.articleId, article.id))).toEqual(revisionsBefore);
  });

  it("lets exactly one of two concurrent saves on one version apply", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    const draft = await draftOf(article);
    const [a, b] = await Promise.all([
      saveArticle(t.db, editor, article.id, { baseVersion: 1, draft: { ...draft, headline: "From A" } }),
      saveArticle(t.db, admin, article.id, { baseVersion: 1, draft: { ...draft, headline: "From B" } }),
    ]);
    const outcomes = [a, b];
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.code === "conflict")).toHaveLength(1);
    const stored = await reload(article.id);
    expect(stored.version).toBe(2);
    expect(stored.headline).toBe(a.ok ? "From A" : "From B");
  });

  it("treats a save of unchanged content as done without moving the version or recording a revision", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    expect(await save(author, article, {})).toMatchObject({ ok: true, version: 1, changed: false });
    expect(await t.db.select().from(revisions).where(eq(revisions.articleId, article.id))).toHaveLength(0);
  });

  it("keeps one revision for a run of saves by one person and starts another for someone else", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, bylines: [author.id] });
    for (const headline of ["One", "Two", "Three"]) expect((await save(author, article, { headline })).ok).toBe(true);
    expect((await save(editor, article, { headline: "Four" })).ok).toBe(true);
    const rows = await t.db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(revisions.createdAt, revisions.articleVersion);
    expect(rows.map((row) => [row.authorId, row.articleVersion, row.snapshot.headline])).toEqual([
      [author.id, 4, "Three"],
      [editor.id, 5, "Four"],
    ]);
  });
});

describe("saveArticle: validation", () => {
  it("refuses a body that is not a document of the story schema, and a link with another protocol", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    const before = await reload(article.id);
    const badNode = await save(author, article, { body: { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "x" }] }] } });
    expectFailure(badNode, "invalid");
    if (!badNode.ok && badNode.code === "invalid") expect(badNode.fieldErrors.body?.[0]).toMatch(/not a valid document/);
    const badLink = await save(author, article, {
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] },
    });
    expectFailure(badLink, "invalid");
    if (!badLink.ok) expect(badLink.error).toMatch(/only http, https and mailto/);
    expect(await reload(article.id)).toEqual(before);
  });

  it("refuses a request with no base version, an invalid slug, or no byline", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    const draft = await draftOf(article);
    expectFailure(await saveArticle(t.db, author, article.id, { draft }), "invalid");
    const badSlug = await save(author, article, { slug: "Not a slug!" });
    expectFailure(badSlug, "invalid");
    if (!badSlug.ok && badSlug.code === "invalid") expect(badSlug.fieldErrors.slug).toBeDefined();
    expectFailure(await save(editor, article, { bylineIds: [] }), "invalid");
  });

  it("keeps slugs unique per language: a duplicate in one language is a field error, the same slug in the other is fine", async () => {
    const first = await createArticle(t.db, { createdBy: author.id, language: "en", slug: "market-fire" });
    const second = await createArticle(t.db, { createdBy: author.id, language: "en" });
    const khmer = await createArticle(t.db, { createdBy: author.id, language: "km" });
    const duplicate = await save(author, second, { slug: first.slug });
    expectFailure(duplicate, "invalid");
    if (!duplicate.ok && duplicate.code === "invalid") expect(duplicate.fieldErrors.slug?.[0]).toMatch(/Another English story already uses the address “market-fire”/);
    expect((await reload(second.id)).version).toBe(1);
    expect(await save(author, khmer, { slug: first.slug })).toMatchObject({ ok: true });
  });

  it("counts the live address of another story as taken", async () => {
    const live = await createArticle(t.db, { createdBy: author.id, status: "published" });
    await publishArticleRow(t.db, live);
    await t.db.update(articles).set({ slug: `${live.slug}-renamed` }).where(eq(articles.id, live.id));
    const draft = await createArticle(t.db, { createdBy: author.id });
    expectFailure(await save(author, draft, { slug: live.slug }), "invalid");
  });

  it("accepts a readable Khmer slug", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, language: "km" });
    expect(await save(author, article, { slug: "កសិករ-រាប់-ការ-ខូចខាត" })).toMatchObject({ ok: true });
  });

  it("checks sections, images, tags and people exist; saves them with bylines in order", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, bylines: [author.id] });
    const missing = "00000000-0000-4000-8000-000000000000";
    const refused = await save(editor, article, { sectionId: missing, leadImageId: missing, tagIds: [missing], bylineIds: [missing] });
    expectFailure(refused, "invalid");
    if (!refused.ok && refused.code === "invalid") expect(Object.keys(refused.fieldErrors).sort()).toEqual(["bylineIds", "leadImageId", "sectionId", "tagIds"]);
    expectFailure(await save(editor, article, { bylineIds: [author.id, deactivated.id] }), "invalid");

    const [section, image, tag] = await Promise.all([createSection(t.db), createMedia(t.db), createTag(t.db)]);
    const saved = await save(editor, article, { sectionId: section.id, leadImageId: image.id, tagIds: [tag.id], bylineIds: [other.id, author.id] });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    expect(await draftOf(article)).toMatchObject({ sectionId: section.id, leadImageId: image.id, tagIds: [tag.id], bylineIds: [other.id, author.id] });
  });

  it("lets a story change language only when it was never published and has no version in that language", async () => {
    const english = await createArticle(t.db, { createdBy: author.id, language: "en" });
    const khmer = await createArticle(t.db, { createdBy: author.id, language: "km", translationGroupId: english.translationGroupId });
    expectFailure(await save(author, english, { language: "km" }), "invalid");
    const alone = await createArticle(t.db, { createdBy: author.id, language: "en" });
    expect(await save(author, alone, { language: "km" })).toMatchObject({ ok: true });
    const published = await createArticle(t.db, { createdBy: author.id, language: "en", status: "published" });
    expectFailure(await save(editor, published, { language: "km" }), "invalid");
    expect(khmer.language).toBe("km");
  });
});

describe("saveArticle: who may save", () => {
  it("lets reporters save their own stories in draft and changes requested only; editors and admins any unspiked story", async () => {
    for (const status of ARTICLE_STATUSES) {
      const article = await createArticle(t.db, { createdBy: author.id, status });
      const expectations: [string, ArticleActor, boolean][] = [
        ["author", author, status === "draft" || status === "changes_requested"],
        ["editor", editor, status !== "archived"],
        ["admin", admin, status !== "archived"],
      ];
      for (const [who, actor, allowed] of expectations) {
        const before = await reload(article.id);
        const outcome = await save(actor, article, { headline: `${who} was here` });
        expect(outcome.ok, `${who}, ${status}`).toBe(allowed);
        if (!allowed) {
          expectFailure(outcome, "forbidden");
          expect(await reload(article.id), `${who}, ${status}`).toEqual(before);
        }
      }
    }
  });

  it("hides another reporter's story and refuses deactivated accounts, changing nothing", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    expectFailure(await save(other, article, { headline: "Not mine" }), "not-found");
    expectFailure(await save(deactivated, article, { headline: "Gone" }), "not-found");
    expect((await reload(article.id)).headline).toBe(article.headline);
  });

  it("lets a bylined co-writer save", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, bylines: [author.id, other.id] });
    expect(await save(other, article, { headline: "Co-written" })).toMatchObject({ ok: true });
  });

  it("reports a missing story as missing", async () => {
    const article = await createArticle(t.db, { createdBy: author.id });
    const draft = await draftOf(article);
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      expectFailure(await saveArticle(t.db, editor, id, { baseVersion: 1, draft }), "not-found");
    }
  });

  it("refuses a reporter's crafted change of bylines, and records the refusal", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, bylines: [author.id] });
    const outcome = await save(author, article, { bylineIds: [author.id, other.id], headline: "Sneaky" });
    expectFailure(outcome, "forbidden");
    expect(await reload(article.id)).toMatchObject({ version: 1, headline: article.headline });
    const denials = await t.db.select().from(auditLog).where(eq(auditLog.targetId, article.id));
    expect(denials.map((entry) => entry.action)).toContain("authorization.denied");
  });
});
