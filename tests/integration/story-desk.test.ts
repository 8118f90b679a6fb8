import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, articleViewsDaily } from "@/db/schema";
import { parseDeskParams } from "@/lib/newsroom/desk-params";
import { listDeskFilterOptions, listDeskPage } from "@/lib/newsroom/list-desk-stories";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createUser, publishArticleRow, type Article, type Section, type User } from "../support/factories";

let testDb: TestDatabase;
let reporter: User;
let otherReporter: User;
let editor: User;
let admin: User;
let politics: Section;
let business: Section;
const stories: Record<string, Article> = {};

const asActor = (user: User) => ({ id: user.id, role: user.role, active: user.active });
const params = (raw: Record<string, string> = {}) => parseDeskParams(raw);
const headlines = (rows: readonly { headline: string }[]) => rows.map((row) => row.headline);

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = testDb.db;
  reporter = await createUser(db, { name: "Sophea Reporter", role: "reporter" });
  otherReporter = await createUser(db, { name: "Dara Other", role: "reporter" });
  editor = await createUser(db, { name: "Maly Editor", role: "editor" });
  admin = await createUser(db, { name: "Vannak Admin", role: "admin" });
  politics = await createSection(db, { name: "Politics" });
  business = await createSection(db, { name: "Business" });

  const day = (n: number) => new Date(Date.UTC(2026, 0, n, 3, 0));
  stories.own = await createArticle(db, {
    headline: "Alpha: reporter's own draft",
    createdBy: reporter.id,
    sectionId: politics.id,
    createdAt: day(1),
    updatedAt: day(10),
  });
  stories.bylined = await createArticle(db, {
    headline: "Bravo: co-bylined investigation",
    createdBy: otherReporter.id,
    bylines: [otherReporter.id, reporter.id],
    sectionId: business.id,
    status: "in_review",
    createdAt: day(2),
    updatedAt: day(9),
    updatedBy: editor.id,
  });
  stories.foreign = await createArticle(db, {
    headline: "Charlie: 100% of someone else's story",
    createdBy: otherReporter.id,
    sectionId: politics.id,
    status: "published",
    createdAt: day(3),
    updatedAt: day(8),
  });
  stories.khmer = await createArticle(db, {
    language: "km",
    headline: "ព័ត៌មាន Delta",
    createdBy: otherReporter.id,
    createdAt: day(4),
    updatedAt: day(7),
  });
  stories.edited = await createArticle(db, {
    headline: "Echo: published then edited",
    createdBy: editor.id,
    status: "published",
    createdAt: day(5),
    updatedAt: day(6),
  });
  await publishArticleRow(db, stories.foreign);
  await publishArticleRow(db, stories.edited);
  // A newer working copy than the live one: readers still see version 1.
  await db.update(articles).set({ version: 2 }).where(eq(articles.id, stories.edited.id));
  await db.insert(articleViewsDaily).values([
    { articleId: stories.foreign.id, day: "2026-01-03", views: 40 },
    { articleId: stories.foreign.id, day: "2026-01-04", views: 2 },
  ]);
});

afterAll(async () => {
  await testDb?.close();
});

describe("who sees what on the desk", () => {
  it("shows a reporter only the stories they created or are bylined on", async () => {
    const page = await listDeskPage(testDb.db, asActor(reporter), params());
    expect(page.scope).toBe("own");
    expect(headlines(page.stories)).toEqual(["Alpha: reporter's own draft", "Bravo: co-bylined investigation"]);
  });

  it("shows editors and admins every story, most recently edited first", async () => {
    for (const user of [editor, admin]) {
      const page = await listDeskPage(testDb.db, asActor(user), params());
      expect(page.scope).toBe("all");
      expect(page.total).toBe(5);
      expect(page.stories.map((row) => row.id)).toEqual([stories.own, stories.bylined, stories.foreign, stories.khmer, stories.edited].map((s) => s?.id));
    }
  });

  it("shows nothing to a deactivated account or nobody", async () => {
    const deactivated = { ...asActor(editor), active: false };
    expect((await listDeskPage(testDb.db, deactivated, params())).stories).toEqual([]);
    expect((await listDeskPage(testDb.db, null, params())).stories).toEqual([]);
  });
});

describe("what a desk row says", () => {
  it("gives section, bylines in order, last editor, words, views and live state", async () => {
    const page = await listDeskPage(testDb.db, asActor(editor), params());
    const byId = new Map(page.stories.map((row) => [row.id, row]));
    const bylined = byId.get(stories.bylined!.id)!;
    expect(bylined.sectionName).toBe("Business");
    expect(bylined.bylines).toEqual(["Dara Other", "Sophea Reporter"]);
    expect(bylined.lastEditorName).toBe("Maly Editor");
    expect(bylined.wordCount).toBe(stories.bylined!.wordCount);
    expect(bylined.wordCount).toBeGreaterThan(10);
    expect(bylined.liveVersion).toBeNull();

    const own = byId.get(stories.own!.id)!;
    expect(own.lastEditorName).toBe("Sophea Reporter");
    expect(own.views).toBe(0);

    const foreign = byId.get(stories.foreign!.id)!;
    expect(foreign.views).toBe(42);
    expect(foreign.liveVersion).toBe(foreign.version);

    const edited = byId.get(stories.edited!.id)!;
    expect(edited.liveVersion).toBe(1);
    expect(edited.version).toBe(2);
    expect(byId.get(stories.khmer!.id)!.sectionName).toBeNull();
  });
});

describe("filters, search and sorting", () => {
  it("filters by status, section, language and author (creator or byline)", async () => {
    const db = testDb.db;
    const as = asActor(editor);
    expect(headlines((await listDeskPage(db, as, params({ status: "published" }))).stories)).toEqual([
      "Charlie: 100% of someone else's story",
      "Echo: published then edited",
    ]);
    expect(headlines((await listDeskPage(db, as, params({ section: politics.id }))).stories)).toEqual([
      "Alpha: reporter's own draft",
      "Charlie: 100% of someone else's story",
    ]);
    expect(headlines((await listDeskPage(db, as, params({ language: "km" }))).stories)).toEqual(["ព័ត៌មាន Delta"]);
    expect(headlines((await listDeskPage(db, as, params({ author: reporter.id }))).stories)).toEqual([
      "Alpha: reporter's own draft",
      "Bravo: co-bylined investigation",
    ]);
    // Filters combine, and a reporter's filters stay inside their own stories.
    expect(headlines((await listDeskPage(db, as, params({ author: reporter.id, section: business.id }))).stories)).toEqual([
      "Bravo: co-bylined investigation",
    ]);
    expect((await listDeskPage(db, asActor(reporter), params({ status: "published" }))).stories).toEqual([]);
  });

  it("searches headlines case-insensitively, with % and _ taken literally", async () => {
    const db = testDb.db;
    const as = asActor(editor);
    expect(headlines((await listDeskPage(db, as, params({ q: "BRAVO" }))).stories)).toEqual(["Bravo: co-bylined investigation"]);
    expect(headlines((await listDeskPage(db, as, params({ q: "100%" }))).stories)).toEqual(["Charlie: 100% of someone else's story"]);
    expect((await listDeskPage(db, as, params({ q: "%" }))).stories.map((row) => row.headline)).toEqual(["Charlie: 100% of someone else's story"]);
    expect((await listDeskPage(db, as, params({ q: "_" }))).stories).toEqual([]);
    expect(headlines((await listDeskPage(db, as, params({ q: "ព័ត៌មាន" }))).stories)).toEqual(["ព័ត៌មាន Delta"]);
  });

  it("sorts by headline, creation, status and last edit in either direction", async () => {
    const db = testDb.db;
    const as = asActor(editor);
    const byHeadline = headlines((await listDeskPage(db, as, params({ sort: "headline" }))).stories);
    expect(byHeadline.slice(0, 3)).toEqual(["Alpha: reporter's own draft", "Bravo: co-bylined investigation", "Charlie: 100% of someone else's story"]);
    const byHeadlineDesc = headlines((await listDeskPage(db, as, params({ sort: "headline", dir: "desc" }))).stories);
    expect(byHeadlineDesc).toEqual([...byHeadline].reverse());
    const byCreated = (await listDeskPage(db, as, params({ sort: "created", dir: "asc" }))).stories.map((row) => row.id);
    expect(byCreated).toEqual([stories.own, stories.bylined, stories.foreign, stories.khmer, stories.edited].map((s) => s?.id));
    const byStatus = (await listDeskPage(db, as, params({ sort: "status" }))).stories.map((row) => row.status);
    expect(byStatus).toEqual(["draft", "draft", "in_review", "published", "published"]);
    const oldestEdit = (await listDeskPage(db, as, params({ sort: "updated", dir: "asc" }))).stories[0];
    expect(oldestEdit?.id).toBe(stories.edited?.id);
  });

  it("pages through results and shows the last page for a page past the end", async () => {
    const db = testDb.db;
    const extra = await createUser(db, { role: "reporter" });
    for (let i = 0; i < 26; i++) await createArticle(db, { headline: `Paging story ${String(i).padStart(2, "0")}`, createdBy: extra.id });
    const as = asActor(editor);
    const first = await listDeskPage(db, as, params({ q: "Paging story", sort: "headline" }));
    expect(first).toMatchObject({ total: 26, page: 1, pageCount: 2 });
    expect(first.stories).toHaveLength(25);
    const second = await listDeskPage(db, as, params({ q: "Paging story", sort: "headline", page: "2" }));
    expect(headlines(second.stories)).toEqual(["Paging story 25"]);
    const past = await listDeskPage(db, as, params({ q: "Paging story", sort: "headline", page: "99" }));
    expect(past.page).toBe(2);
    expect(headlines(past.stories)).toEqual(["Paging story 25"]);
  });

  it("lists sections and the people who have stories for the filters", async () => {
    const options = await listDeskFilterOptions(testDb.db);
    expect(options.sections.map((s) => s.name)).toEqual(expect.arrayContaining(["Politics", "Business"]));
    const names = options.authors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Sophea Reporter", "Dara Other", "Maly Editor"]));
    expect(names).not.toContain("Vannak Admin");
  });
});
