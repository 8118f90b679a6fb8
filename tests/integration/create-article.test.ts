import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, auditLog, editorPresence, revisions, tags } from "@/db/schema";
import { createArticleDraft } from "@/lib/articles/create-article";
import { createStoryTag } from "@/lib/articles/create-story-tag";
import { leavePresence, recordPresence } from "@/lib/articles/presence";
import { readStoredDraft } from "@/lib/articles/save-article";
import { isPlaceholderSlug } from "@/lib/articles/article-input";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createTag, createUser, paragraphsDoc, type User } from "../support/factories";

let t: TestDatabase;
let reporter: User;
let other: User;
let editor: User;
let deactivated: User;

beforeAll(async () => {
  t = await createTestDatabase();
  reporter = await createUser(t.db, { role: "reporter" });
  other = await createUser(t.db, { role: "reporter" });
  editor = await createUser(t.db, { role: "editor" });
  deactivated = await createUser(t.db, { role: "reporter", active: false });
});
afterAll(() => t?.close());

async function load(id: string) {
  const [row] = await t.db.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new Error("missing");
  return { row, draft: await readStoredDraft(t.db, row) };
}

describe("createArticleDraft", () => {
  it("creates an empty draft with the creator as byline, a placeholder address and a first revision", async () => {
    const result = await createArticleDraft(t.db, reporter, { kind: "new", language: "km" });
    if (!result.ok) throw new Error(result.error);
    const { row, draft } = await load(result.id);
    expect(row).toMatchObject({ status: "draft", language: "km", version: 1, createdBy: reporter.id, headline: "" });
    expect(isPlaceholderSlug(row.slug)).toBe(true);
    expect(draft.bylineIds).toEqual([reporter.id]);
    expect(await t.db.select().from(revisions).where(eq(revisions.articleId, row.id))).toHaveLength(1);
  });

  it("refuses deactivated accounts", async () => {
    expect(await createArticleDraft(t.db, deactivated, { kind: "new", language: "en" })).toMatchObject({ ok: false, status: 403 });
  });

  it("creates a linked translation in the other language once, keeping section, tags and bylines", async () => {
    const section = await createSection(t.db);
    const tag = await createTag(t.db);
    const source = await createArticle(t.db, { createdBy: reporter.id, sectionId: section.id, tagIds: [tag.id], bylines: [reporter.id, other.id] });
    const result = await createArticleDraft(t.db, reporter, { kind: "translation", sourceId: source.id });
    if (!result.ok) throw new Error(result.error);
    const { row, draft } = await load(result.id);
    expect(row).toMatchObject({ language: "km", translationGroupId: source.translationGroupId, sectionId: section.id });
    expect(draft).toMatchObject({ tagIds: [tag.id], bylineIds: [reporter.id, other.id] });
    expect(await createArticleDraft(t.db, reporter, { kind: "translation", sourceId: source.id })).toMatchObject({ ok: false, status: 409 });
  });

  it("does not let someone translate a story they cannot see", async () => {
    const source = await createArticle(t.db, { createdBy: other.id });
    expect(await createArticleDraft(t.db, reporter, { kind: "translation", sourceId: source.id })).toMatchObject({ ok: false, status: 404 });
  });

  it("keeps the editor's text as a separate story after a conflict, with a free address", async () => {
    const source = await createArticle(t.db, { createdBy: reporter.id, headline: "Bridge reopens", slug: "bridge-reopens" });
    const mine = { ...(await readStoredDraft(t.db, source)), body: paragraphsDoc(["My version of the text."]) };
    const result = await createArticleDraft(t.db, reporter, { kind: "copy", sourceId: source.id, draft: mine });
    if (!result.ok) throw new Error(result.error);
    const { row, draft } = await load(result.id);
    expect(row).toMatchObject({ headline: "Bridge reopens (copy)", slug: "bridge-reopens-copy", bodyText: "My version of the text.", createdBy: reporter.id });
    expect(row.translationGroupId).not.toBe(source.translationGroupId);
    expect(draft.bylineIds).toEqual([reporter.id]);
    expect((await load(source.id)).row.bodyText).toBe(source.bodyText);
  });

  it("keeps no copy of a story the person cannot see, nor for a deactivated account, creating nothing", async () => {
    const source = await createArticle(t.db, { createdBy: other.id, headline: "Someone else's draft" });
    const theirs = { ...(await readStoredDraft(t.db, source)), body: paragraphsDoc(["Copied without leave."]) };
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(articles)).at(0)?.n;
    const before = await count();
    expect(await createArticleDraft(t.db, reporter, { kind: "copy", sourceId: source.id, draft: theirs })).toMatchObject({ ok: false, status: 404 });
    const own = await createArticle(t.db, { createdBy: deactivated.id });
    const mine = await readStoredDraft(t.db, own);
    expect(await createArticleDraft(t.db, deactivated, { kind: "copy", sourceId: own.id, draft: mine })).toMatchObject({ ok: false, status: 403 });
    expect(await count()).toBe((before ?? 0) + 1);
  });

  it("refuses an invalid document for a copy", async () => {
    const source = await createArticle(t.db, { createdBy: reporter.id });
    const mine = { ...(await readStoredDraft(t.db, source)), body: { type: "doc", content: [{ type: "iframe" }] } };
    expect(await createArticleDraft(t.db, reporter, { kind: "copy", sourceId: source.id, draft: mine })).toMatchObject({ ok: false, status: 400 });
  });
});

describe("presence", () => {
  it("lists the others who reported in within 45 seconds, and drops those who left", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    expect(await recordPresence(t.db, reporter, article.id)).toEqual({ ok: true, others: [] });
    expect(await recordPresence(t.db, editor, article.id)).toEqual({ ok: true, others: [{ id: reporter.id, name: reporter.name }] });
    expect(await recordPresence(t.db, reporter, article.id)).toEqual({ ok: true, others: [{ id: editor.id, name: editor.name }] });
    await t.db.update(editorPresence).set({ lastSeenAt: sql`now() - interval '46 seconds'` }).where(eq(editorPresence.userId, editor.id));
    expect(await recordPresence(t.db, reporter, article.id)).toEqual({ ok: true, others: [] });
    await recordPresence(t.db, editor, article.id);
    await leavePresence(t.db, editor, article.id);
    expect(await recordPresence(t.db, reporter, article.id)).toEqual({ ok: true, others: [] });
  });

  it("tells nobody about a story they cannot see", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    expect((await recordPresence(t.db, other, article.id)).ok).toBe(false);
    expect((await recordPresence(t.db, deactivated, article.id)).ok).toBe(false);
  });
});

describe("createStoryTag", () => {
  it("creates a tag for someone who may edit the story, records it, and reuses a tag with the same address", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id });
    const created = await createStoryTag(t.db, reporter, { articleId: article.id, name: "  Land Rights " });
    expect(created).toMatchObject({ ok: true, created: true, tag: { name: "Land Rights" } });
    const again = await createStoryTag(t.db, reporter, { articleId: article.id, name: "land rights" });
    expect(again).toMatchObject({ ok: true, created: false });
    if (created.ok && again.ok) expect(again.tag.id).toBe(created.tag.id);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "tag.create"));
    expect(entries.map((entry) => entry.toValue)).toContain("Land Rights");
  });

  it("refuses empty names and people who may not edit the story", async () => {
    const article = await createArticle(t.db, { createdBy: reporter.id, status: "in_review" });
    const before = await t.db.select().from(tags);
    expect(await createStoryTag(t.db, reporter, { articleId: article.id, name: "   " })).toMatchObject({ ok: false });
    expect(await createStoryTag(t.db, reporter, { articleId: article.id, name: "Elections" })).toMatchObject({ ok: false });
    expect(await createStoryTag(t.db, other, { articleId: article.id, name: "Elections" })).toMatchObject({ ok: false });
    expect(await t.db.select().from(tags)).toHaveLength(before.length);
  });
});
