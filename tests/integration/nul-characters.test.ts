import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles } from "@/db/schema";
import { readStoredDraft, saveArticle } from "@/lib/articles/save-article";
import { unsafeWritePublication } from "@/lib/articles/unsafe-write-publication";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { getApiArticle } from "@/lib/public/content-api";
import { buildFeedXml } from "@/lib/public/feeds";
import { getPublicAuthor, getPublicTag, getPublishedArticle, listArticlePage, searchPublishedStories } from "@/lib/public/published-content";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createTag, createUser, paragraphsDoc, type Article, type User } from "../support/factories";

// PostgreSQL refuses a NUL character (U+0000) in text and jsonb, and
// /articles/%00, /search?q=%00 and the like answered with a server error. A
// public address or query holding one now finds nothing, or is searched for
// without it; a story saved with one is saved without it.

let t: TestDatabase;
let reporter: User;
let story: Article;

beforeAll(async () => {
  t = await createTestDatabase();
  const section = await createSection(t.db, { name: "Environment" });
  const tag = await createTag(t.db, { name: "Tonle Sap" });
  reporter = await createUser(t.db, { name: "Sokha Chan", role: "reporter" });
  story = await createArticle(t.db, {
    status: "published",
    headline: "Fishers on the great lake",
    createdBy: reporter.id,
    sectionId: section.id,
    tagIds: [tag.id],
    body: paragraphsDoc(["The catch shrinks every season."]),
  });
  // As publishing writes it, with the search text readers search.
  await unsafeWritePublication(t.db, { articleId: story.id, publishedBy: null });
});
afterAll(() => t?.close());

describe("a NUL character from a reader", () => {
  it("in an address finds no story, tag, person, section feed or API story, instead of failing", async () => {
    for (const slug of ["\u0000", `${story.slug}\u0000`]) {
      expect(await getPublishedArticle(t.db, { language: "en", slug })).toBeNull();
      expect(await getPublicTag(t.db, { language: "en", slug })).toBeNull();
      expect(await getPublicAuthor(t.db, { language: "en", slug })).toBeNull();
      expect(await buildFeedXml(t.db, "rss", { language: "en", sectionSlug: slug })).toBeNull();
      expect(await getApiArticle(t.db, { slug })).toBeNull();
      expect((await listArticlePage(t.db, { language: "en", page: 1, tagSlug: slug })).items).toEqual([]);
    }
    // The same lookups without it still find the story.
    expect((await getPublishedArticle(t.db, { language: "en", slug: story.slug }))?.headline).toBe("Fishers on the great lake");
  });

  it("in a search is left out of the query; in its section filter it matches no section", async () => {
    const found = await searchPublishedStories(t.db, { query: "fishers\u0000", languages: ["en"] });
    expect(found.hits.map((hit) => hit.id)).toEqual([story.id]);
    expect((await searchPublishedStories(t.db, { query: "\u0000" })).hits).toEqual([]);
    expect((await searchPublishedStories(t.db, { query: "fishers", sectionSlug: "environment\u0000" })).hits).toEqual([]);
  });

  it("in a sign-in email is a wrong email, not an error", async () => {
    const result = await authorizeCredentials(t.db, { email: "nobody\u0000@example.org", password: "whatever it is", ip: "10.9.9.9" });
    expect(result.ok).toBe(false);
  });
});

describe("a NUL character in a story being saved", () => {
  it("is removed from the headline, standfirst and body; the rest is saved", async () => {
    const draftStory = await createArticle(t.db, { status: "draft", createdBy: reporter.id });
    const [current] = await t.db.select().from(articles).where(eq(articles.id, draftStory.id));
    if (!current) throw new Error("no story");
    const draft = {
      ...(await readStoredDraft(t.db, current)),
      headline: "Flood\u0000 warning",
      standfirst: "Rivers\u0000 rise",
      body: paragraphsDoc(["Water\u0000 is rising."]),
    };
    const outcome = await saveArticle(t.db, { id: reporter.id, role: "reporter", active: true }, draftStory.id, { baseVersion: current.version, draft });
    expect(outcome.ok).toBe(true);
    const [saved] = await t.db.select().from(articles).where(eq(articles.id, draftStory.id));
    expect(saved?.headline).toBe("Flood warning");
    expect(saved?.standfirst).toBe("Rivers rise");
    expect(saved?.bodyText).toBe("Water is rising.");
  });
});
