import { asc, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { articleBylines, articles, articleTags, media, revisions, sections, tags, users } from "@/db/schema";
import { recordRevision } from "@/lib/articles/record-revision";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createTag, createUser, paragraphsDoc, type Article, type User } from "../support/factories";

const edges = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "revisions-test-secret-0123456789abcdef";
  return { sessionUserId: null as string | null, db: null as Database | null };
});

vi.mock("next-auth", () => ({
  getServerSession: async () => (edges.sessionUserId ? { user: { id: edges.sessionUserId }, expires: "2099-01-01" } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => {
    if (!edges.db) throw new Error("test database not ready");
    return edges.db;
  },
}));

const { listRevisionsAction, compareRevisionsAction, restoreRevisionAction } = await import("@/lib/actions/revision-actions");

let testDb: TestDatabase;
let reporter: User;
let coAuthor: User;
let otherReporter: User;
let editor: User;
let admin: User;
let deactivated: User;

beforeAll(async () => {
  testDb = await createTestDatabase();
  edges.db = testDb.db;
  reporter = await createUser(testDb.db, { role: "reporter", name: "Sophea Reporter" });
  coAuthor = await createUser(testDb.db, { role: "reporter", name: "Dara Co" });
  otherReporter = await createUser(testDb.db, { role: "reporter" });
  editor = await createUser(testDb.db, { role: "editor", name: "Maly Editor" });
  admin = await createUser(testDb.db, { role: "admin" });
  deactivated = await createUser(testDb.db, { role: "editor", active: false });
});

afterAll(async () => {
  await testDb?.close();
});

beforeEach(() => {
  edges.sessionUserId = null;
});

const signInAs = (user: User | null) => (edges.sessionUserId = user?.id ?? null);

type Content = { headline?: string; paragraphs?: string[]; sectionId?: string | null; leadImageId?: string | null; slug?: string; bylines?: string[]; tagIds?: string[] };

/** Changes the working copy as a save would (version + 1) and records a revision of the given kind. */
async function edit(article: Article, by: User, content: Content, kind: "save" | "workflow" = "workflow"): Promise<number> {
  return testDb.db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, article.id));
    if (!current) throw new Error("missing article");
    const body = content.paragraphs ? paragraphsDoc(content.paragraphs) : current.body;
    const bodyText = derivePlainText(body);
    await tx
      .update(articles)
      .set({
        headline: content.headline ?? current.headline,
        slug: content.slug ?? current.slug,
        body,
        bodyText,
        wordCount: countWords(bodyText),
        sectionId: content.sectionId === undefined ? current.sectionId : content.sectionId,
        leadImageId: content.leadImageId === undefined ? current.leadImageId : content.leadImageId,
        version: current.version + 1,
        updatedBy: by.id,
      })
      .where(eq(articles.id, article.id));
    if (content.bylines) {
      await tx.delete(articleBylines).where(eq(articleBylines.articleId, article.id));
      await tx.insert(articleBylines).values(content.bylines.map((userId, position) => ({ articleId: article.id, userId, position })));
    }
    if (content.tagIds) {
      await tx.delete(articleTags).where(eq(articleTags.articleId, article.id));
      if (content.tagIds.length) await tx.insert(articleTags).values(content.tagIds.map((tagId) => ({ articleId: article.id, tagId })));
    }
    await recordRevision(tx, { articleId: article.id, authorId: by.id, kind });
    return current.version + 1;
  });
}

/** A reporter's draft with a first revision, then a second version with different content everywhere. */
async function storyWithTwoVersions() {
  const politics = await createSection(testDb.db, { name: "Politics" });
  const business = await createSection(testDb.db, { name: "Business" });
  const floods = await createTag(testDb.db, { name: "Floods" });
  const rice = await createTag(testDb.db, { name: "Rice" });
  const photo = await createMedia(testDb.db, { filename: "boats.jpg", caption: "Boats at dawn" });
  const article = await createArticle(testDb.db, {
    createdBy: reporter.id,
    headline: "Rice prices rose sharply in Battambang",
    body: paragraphsDoc(["Rice prices rose sharply this week.", "Farmers blamed the floods."]),
    sectionId: politics.id,
    leadImageId: photo.id,
    tagIds: [floods.id],
    slug: `rice-prices-${politics.id.slice(0, 8)}`,
  });
  await testDb.db.transaction((tx) => recordRevision(tx, { articleId: article.id, authorId: reporter.id, kind: "workflow" }));
  const version = await edit(article, reporter, {
    headline: "Rice prices fell in Battambang",
    paragraphs: ["Rice prices fell this week.", "Farmers blamed the floods.", "Traders expect a rebound."],
    sectionId: business.id,
    leadImageId: null,
    bylines: [reporter.id, coAuthor.id],
    tagIds: [rice.id],
    slug: `rice-prices-fell-${politics.id.slice(0, 8)}`,
  });
  const history = await testDb.db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(asc(revisions.articleVersion));
  const [first, second] = history;
  if (!first || !second) throw new Error("expected two revisions");
  return { article, version, first, second, politics, business, floods, rice, photo };
}

async function currentState(articleId: string) {
  const [row] = await testDb.db.select().from(articles).where(eq(articles.id, articleId));
  const bylines = await testDb.db.select().from(articleBylines).where(eq(articleBylines.articleId, articleId)).orderBy(asc(articleBylines.position));
  const tagRows = await testDb.db.select().from(articleTags).where(eq(articleTags.articleId, articleId));
  return { article: row!, bylineIds: bylines.map((b) => b.userId), tagIds: tagRows.map((t) => t.tagId) };
}

describe("listing and comparing revisions", () => {
  it("lists who changed the story and when, newest first, for people who may see it", async () => {
    const { article } = await storyWithTwoVersions();
    signInAs(reporter);
    const result = await listRevisionsAction(article.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.history.currentVersion).toBe(2);
    expect(result.history.restore).toEqual({ allowed: true });
    expect(result.history.timeZone).toBe("Asia/Phnom_Penh");
    expect(result.history.revisions.map((r) => [r.articleVersion, r.kind, r.authorName])).toEqual([
      [2, "workflow", "Sophea Reporter"],
      [1, "workflow", "Sophea Reporter"],
    ]);
    expect(result.history.revisions[0]?.wordCount).toBe(13);

    signInAs(otherReporter);
    expect(await listRevisionsAction(article.id)).toEqual({ ok: false, error: "That story does not exist or you cannot see it." });
    signInAs(null);
    expect(await listRevisionsAction(article.id)).toMatchObject({ ok: false, error: expect.stringMatching(/Sign in/) });
    signInAs(editor);
    expect(await listRevisionsAction("not-a-uuid")).toEqual({ ok: false, error: "That story does not exist or you cannot see it." });
  });

  it("diffs any two revisions, either way round, with names instead of ids", async () => {
    const { article, first, second } = await storyWithTwoVersions();
    signInAs(editor);
    const result = await compareRevisionsAction({ articleId: article.id, fromId: first.id, toId: second.id });
    if (!result.ok) throw new Error(result.error);
    const byField = new Map(result.comparison.fields.map((field) => [field.field, field]));
    expect(byField.get("headline")).toMatchObject({
      parts: [
        { kind: "same", text: "Rice prices " },
        { kind: "removed", text: "rose sharply" },
        { kind: "added", text: "fell" },
        { kind: "same", text: " in Battambang" },
      ],
    });
    expect(byField.get("section")).toMatchObject({ from: "Politics", to: "Business" });
    expect(byField.get("bylines")).toMatchObject({ from: ["Sophea Reporter"], to: ["Sophea Reporter", "Dara Co"] });
    expect(byField.get("tags")).toMatchObject({ added: ["Rice"], removed: ["Floods"] });
    expect(byField.get("leadImage")).toMatchObject({ from: "Boats at dawn (boats.jpg)", to: "None" });
    expect(byField.get("slug")).toBeDefined();
    expect(result.comparison.body).toEqual([
      {
        kind: "changed",
        parts: [
          { kind: "same", text: "Rice prices " },
          { kind: "removed", text: "rose sharply" },
          { kind: "added", text: "fell" },
          { kind: "same", text: " this week." },
        ],
      },
      { kind: "same", text: "Farmers blamed the floods." },
      { kind: "added", text: "Traders expect a rebound." },
    ]);
    expect(result.comparison.from).toMatchObject({ id: first.id, articleVersion: 1 });

    const backwards = await compareRevisionsAction({ articleId: article.id, fromId: second.id, toId: first.id });
    expect(backwards.ok && backwards.comparison.body.at(-1)).toEqual({ kind: "removed", text: "Traders expect a rebound." });

    const other = await createArticle(testDb.db, { createdBy: editor.id });
    expect(await compareRevisionsAction({ articleId: other.id, fromId: first.id, toId: second.id })).toEqual({
      ok: false,
      error: "That revision does not exist for this story.",
    });
  });
});

describe("restoring a revision", () => {
  it("puts the old content back, bumps the version and records a restore revision, in one step", async () => {
    const { article, version, first, politics, floods, photo } = await storyWithTwoVersions();
    signInAs(editor);
    const result = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version });
    expect(result).toEqual({ ok: true, version: 3, notes: [] });

    const state = await currentState(article.id);
    expect(state.article).toMatchObject({
      headline: "Rice prices rose sharply in Battambang",
      slug: article.slug,
      sectionId: politics.id,
      leadImageId: photo.id,
      version: 3,
      updatedBy: editor.id,
      bodyText: "Rice prices rose sharply this week.\n\nFarmers blamed the floods.",
    });
    expect(state.article.body).toEqual(first.snapshot.body);
    expect(state.article.wordCount).toBe(first.wordCount);
    expect(state.bylineIds).toEqual([reporter.id]);
    expect(state.tagIds).toEqual([floods.id]);

    const [latest] = await testDb.db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(desc(revisions.articleVersion)).limit(1);
    expect(latest).toMatchObject({ kind: "restore", articleVersion: 3, authorId: editor.id, note: "Restored version 1, saved by Sophea Reporter" });
    expect(latest?.snapshot.headline).toBe("Rice prices rose sharply in Battambang");
    expect(await testDb.db.select().from(revisions).where(eq(revisions.articleId, article.id))).toHaveLength(3);
  });

  it("lets a reporter restore their own draft but keeps the bylines, which only editors change", async () => {
    const { article, version, first } = await storyWithTwoVersions();
    signInAs(reporter);
    const result = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version });
    expect(result).toEqual({ ok: true, version: version + 1, notes: ["The bylines were kept as they are: only editors can change them."] });
    const state = await currentState(article.id);
    expect(state.article.headline).toBe("Rice prices rose sharply in Battambang");
    expect(state.bylineIds).toEqual([reporter.id, coAuthor.id]);
  });

  it("does not put a deactivated person back on the byline", async () => {
    const { article, version, first } = await storyWithTwoVersions();
    await testDb.db.update(users).set({ active: false }).where(eq(users.id, reporter.id));
    try {
      // Version 2 has reporter and co-author; drop the reporter, then restore version 1 (reporter only).
      const dropped = await edit(article, editor, { bylines: [coAuthor.id] });
      signInAs(editor);
      const result = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: dropped });
      // A story keeps at least one byline, so the current one stays.
      expect(result).toMatchObject({ ok: true, notes: ["The bylines were kept as they are: nobody on that version's byline can be on one now."] });
      expect((await currentState(article.id)).bylineIds).toEqual([coAuthor.id]);

      // Restoring version 2 (reporter and co-author) keeps the co-author and leaves the deactivated reporter out.
      const second = (await testDb.db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(asc(revisions.articleVersion)))[1];
      const again = await restoreRevisionAction({ articleId: article.id, revisionId: second!.id, baseVersion: dropped + 1 });
      expect(again).toMatchObject({ ok: true, notes: ["People whose accounts are deactivated were not put back on the byline."] });
      expect((await currentState(article.id)).bylineIds).toEqual([coAuthor.id]);
      expect(version).toBe(2);
    } finally {
      await testDb.db.update(users).set({ active: true }).where(eq(users.id, reporter.id));
    }
  });

  it("refuses a restore from a stale version and changes nothing", async () => {
    const { article, version, first } = await storyWithTwoVersions();
    // Someone else saved after the history panel was loaded.
    const newer = await edit(article, editor, { headline: "An editor's newer headline" }, "save");
    signInAs(reporter);
    const result = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version });
    expect(result).toEqual({
      ok: false,
      conflict: true,
      currentVersion: newer,
      error: `This story has changed since you opened it (it is now at version ${newer}). Nothing was restored: reload it, then restore again if you still want to.`,
    });
    const state = await currentState(article.id);
    expect(state.article).toMatchObject({ headline: "An editor's newer headline", version: newer });
    expect(await testDb.db.select().from(revisions).where(eq(revisions.articleId, article.id))).toHaveLength(3);
  });

  it("lets only people who may edit the story now restore it", async () => {
    const { article, version, first } = await storyWithTwoVersions();
    for (const [user, expected] of [
      [otherReporter, "That story does not exist or you cannot see it."],
      [deactivated, /deactivated/i],
      [null, /Sign in again/],
    ] as const) {
      signInAs(user);
      const result = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(expected);
    }
    // A reporter's own story in review is out of their hands until it comes back.
    await testDb.db.update(articles).set({ status: "in_review" }).where(eq(articles.id, article.id));
    signInAs(reporter);
    const inReview = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version });
    expect(inReview).toMatchObject({ ok: false, conflict: false, error: expect.stringMatching(/in review/) });
    expect((await currentState(article.id)).article.version).toBe(version);

    signInAs(editor);
    expect(await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version })).toMatchObject({ ok: true, version: version + 1 });
    signInAs(admin);
    expect(await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version + 1 })).toMatchObject({ ok: true, version: version + 2 });
  });

  it("leaves out what has since been deleted and keeps a slug another story took, saying so", async () => {
    const { article, version, first, politics, floods, photo } = await storyWithTwoVersions();
    await testDb.db.delete(sections).where(eq(sections.id, politics.id));
    await testDb.db.delete(tags).where(eq(tags.id, floods.id));
    await testDb.db.delete(media).where(eq(media.id, photo.id));
    // The first version's web address, given up by version 2, is taken by another story.
    await createArticle(testDb.db, { createdBy: editor.id, slug: article.slug, language: "en" });
    signInAs(editor);
    const result = await restoreRevisionAction({ articleId: article.id, revisionId: first.id, baseVersion: version });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes).toEqual([
      "Its section has since been deleted: the story now has no section.",
      "Tags deleted since then were left out.",
      "Its lead image has since been deleted from the media library: choose another.",
      expect.stringMatching(/^Its web address “.+” is now used by another story, so the current one \(“.+”\) was kept\.$/),
    ]);
    const state = await currentState(article.id);
    expect(state.article).toMatchObject({ sectionId: null, leadImageId: null, headline: "Rice prices rose sharply in Battambang" });
    expect(state.article.slug).not.toBe(article.slug);
    expect(state.tagIds).toEqual([]);
  });

  it("says so for a revision of another story or one that does not exist", async () => {
    const { article, version } = await storyWithTwoVersions();
    const other = await storyWithTwoVersions();
    signInAs(editor);
    expect(await restoreRevisionAction({ articleId: article.id, revisionId: other.first.id, baseVersion: version })).toEqual({
      ok: false,
      conflict: false,
      error: "That revision does not exist for this story.",
    });
    expect(await restoreRevisionAction({ articleId: article.id, revisionId: "x", baseVersion: version })).toMatchObject({ ok: false, error: "That revision does not exist for this story." });
  });
});
