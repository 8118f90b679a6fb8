import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchPublishedArticles } from "@/db/queries/public-api-search";
import { unsafeWritePublication } from "@/lib/articles/unsafe-write-publication";
import { segmentForSearch } from "@/lib/search/segment";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createUser, paragraphsDoc, type Article } from "../support/factories";

let t: TestDatabase;
let headlineHit: Article;
let bodyHit: Article;
let khmer: Article;
let draft: Article;

beforeAll(async () => {
  t = await createTestDatabase();
  const reporter = await createUser(t.db);
  headlineHit = await createArticle(t.db, { headline: "Fishermen mend their nets on the Tonle Sap", body: paragraphsDoc(["A quiet morning on the lake."]), status: "published", createdBy: reporter.id });
  bodyHit = await createArticle(t.db, { headline: "Lake levels in November", body: paragraphsDoc(["Several fishermen said the season was short."]), status: "published", createdBy: reporter.id });
  khmer = await createArticle(t.db, {
    language: "km",
    headline: "កសិករនៅខេត្តកំពង់ចាមប្រមូលផលស្រូវ",
    body: paragraphsDoc(["ភ្លៀងធ្លាក់ច្រើនឆ្នាំនេះ។"]),
    status: "published",
    createdBy: reporter.id,
  });
  draft = await createArticle(t.db, { headline: "Fishermen draft not yet live", status: "draft", createdBy: reporter.id });
  for (const article of [headlineHit, bodyHit, khmer]) await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: reporter.id });
});

afterAll(() => t?.close());

describe("searchPublishedArticles", () => {
  it("finds live English stories by stem, headline matches first, with a highlighted snippet, and never a draft", async () => {
    const hits = await searchPublishedArticles(t.db, { query: "fishermen", language: "en", limit: 10 });
    expect(hits.map((h) => h.id)).toEqual([headlineHit.id, bodyHit.id]);
    // "mending" and "mend" share the English stem.
    expect((await searchPublishedArticles(t.db, { query: "mending", language: "en", limit: 10 })).map((h) => h.id)).toEqual([headlineHit.id]);
    expect(hits.map((h) => h.id)).not.toContain(draft.id);
    expect(hits[1]?.snippet).toContain("<mark>fishermen</mark>");
  });

  it("finds a Khmer word inside unspaced Khmer text, typed without spaces", async () => {
    const hits = await searchPublishedArticles(t.db, { query: segmentForSearch("កំពង់ចាម"), language: "km", limit: 10 });
    expect(hits.map((h) => h.id)).toEqual([khmer.id]);
    const pair = await searchPublishedArticles(t.db, { query: segmentForSearch("ប្រមូលផលស្រូវ"), limit: 10 });
    expect(pair.map((h) => h.id)).toEqual([khmer.id]);
  });

  it("keeps to the language asked for, searches both without one, and finds nothing for an empty query", async () => {
    expect(await searchPublishedArticles(t.db, { query: "fishermen", language: "km", limit: 10 })).toEqual([]);
    expect((await searchPublishedArticles(t.db, { query: "lake", limit: 10 })).map((h) => h.id).sort()).toEqual([headlineHit.id, bodyHit.id].sort());
    expect(await searchPublishedArticles(t.db, { query: "  ", limit: 10 })).toEqual([]);
  });

  it("pages through the ranked results", async () => {
    const first = await searchPublishedArticles(t.db, { query: "fishermen", language: "en", limit: 1 });
    const second = await searchPublishedArticles(t.db, { query: "fishermen", language: "en", limit: 1, offset: 1 });
    expect([...first, ...second].map((h) => h.id)).toEqual([headlineHit.id, bodyHit.id]);
  });
});
