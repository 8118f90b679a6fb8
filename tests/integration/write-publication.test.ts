import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePublications, articles } from "@/db/schema";
import { unsafeWritePublication } from "@/lib/articles/unsafe-write-publication";
import { segmentForSearch } from "@/lib/search/segment";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createTag, paragraphsDoc } from "../support/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

async function searchIds(language: "en" | "km", query: string): Promise<string[]> {
  const config = language === "en" ? "english" : "simple";
  const rows = await t.db
    .select({ id: articlePublications.articleId })
    .from(articlePublications)
    .where(sql`${articlePublications.searchVector} @@ plainto_tsquery(${config}::regconfig, ${segmentForSearch(query)})`);
  return rows.map((r) => r.id);
}

describe("unsafeWritePublication", () => {
  it("copies the working copy live, keeps the first publication date on updates", async () => {
    const article = await createArticle(t.db, { status: "approved", headline: "Fishermen count a smaller catch" });
    const first = new Date("2026-11-01T03:00:00Z");
    await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: null, now: first });
    const [afterFirst] = await t.db.select().from(articles).where(eq(articles.id, article.id));
    expect(afterFirst?.firstPublishedAt?.toISOString()).toBe(first.toISOString());

    await t.db.update(articles).set({ headline: "Fishermen count a far smaller catch", version: 2 }).where(eq(articles.id, article.id));
    const later = new Date("2026-11-02T03:00:00Z");
    await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: null, now: later });
    const [live] = await t.db.select().from(articlePublications).where(eq(articlePublications.articleId, article.id));
    expect(live).toMatchObject({ headline: "Fishermen count a far smaller catch", version: 2 });
    expect(live?.publishedAt.toISOString()).toBe(first.toISOString());
    expect(live?.updatedAt.toISOString()).toBe(later.toISOString());
  });

  it("makes English stories findable with stemming, and by tag", async () => {
    const tag = await createTag(t.db, { name: "Mekong" });
    const article = await createArticle(t.db, {
      headline: "Provincial elections postponed",
      body: paragraphsDoc(["Officials said the vote would move to March."]),
      tagIds: [tag.id],
    });
    await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: null });
    expect(await searchIds("en", "election")).toContain(article.id);
    expect(await searchIds("en", "mekong")).toContain(article.id);
    expect(await searchIds("en", "referendum")).not.toContain(article.id);
  });

  it("finds a Khmer word inside unspaced Khmer text", async () => {
    const article = await createArticle(t.db, {
      language: "km",
      headline: "ព័ត៌មានថ្មី",
      body: paragraphsDoc(["អ្នកសារព័ត៌មានកម្ពុជាបានប្រជុំនៅភ្នំពេញកាលពីម្សិលមិញ"]),
    });
    await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: null });
    expect(await searchIds("km", "ភ្នំពេញ")).toContain(article.id);
    expect(await searchIds("km", "អ្នកសារព័ត៌មាន")).toContain(article.id);
    expect(await searchIds("km", "សៀមរាប")).not.toContain(article.id);
  });
});
