import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, articleViewsDaily, corrections } from "@/db/schema";
import { getPublicSite, getPublishedArticle, listLatestArticles } from "@/lib/public/published-content";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createUser, publishArticleRow, type Article } from "../support/factories";

let t: TestDatabase;
const byStatus = new Map<string, Article>();

beforeAll(async () => {
  t = await createTestDatabase();
  const reporter = await createUser(t.db, { role: "reporter", name: "Sreymom Ouk" });
  // One story in every workflow state; only the published one gets a live row.
  for (const status of ARTICLE_STATUSES) {
    const article = await createArticle(t.db, { status, createdBy: reporter.id, headline: `Story that is ${status}` });
    byStatus.set(status, article);
    if (status === "published") await publishArticleRow(t.db, article);
  }
});

afterAll(() => t?.close());

describe("the published-only read module", () => {
  it("lists only live stories", async () => {
    const stories = await listLatestArticles(t.db, { language: "en" });
    expect(stories.map((s) => s.headline)).toEqual(["Story that is published"]);
  });

  it("finds a published story by slug and nothing else", async () => {
    for (const [status, article] of byStatus) {
      const found = await getPublishedArticle(t.db, { language: "en", slug: article.slug });
      expect(found === null, `a ${status} story`).toBe(status !== "published");
    }
  });

  it("serves the live version, not the working copy", async () => {
    const published = byStatus.get("published");
    if (!published) throw new Error("missing fixture");
    const { articles } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    await t.db.update(articles).set({ headline: "An unreviewed rewrite" }).where(eq(articles.id, published.id));
    const found = await getPublishedArticle(t.db, { language: "en", slug: published.slug });
    expect(found?.headline).toBe("Story that is published");
  });

  it("returns the whole anatomy of a story as DTOs", async () => {
    const editor = await createUser(t.db, { role: "editor", name: "Borey Sam" });
    const reporter = await createUser(t.db, { role: "reporter", name: "Kanha Meas" });
    const section = await createSection(t.db, { name: "Environment", nameKm: "បរិស្ថាន" });
    const lead = await createMedia(t.db, { altText: "Boats on a river", caption: "Boats return at dawn.", credit: "Kanha Meas" });
    const english = await createArticle(t.db, {
      status: "published",
      createdBy: reporter.id,
      bylines: [reporter.id, editor.id],
      sectionId: section.id,
      leadImageId: lead.id,
      headline: "River levels fall early",
    });
    const khmer = await createArticle(t.db, {
      language: "km",
      status: "published",
      createdBy: reporter.id,
      translationGroupId: english.translationGroupId,
      sectionId: section.id,
    });
    await publishArticleRow(t.db, english);
    await publishArticleRow(t.db, khmer);
    await t.db.insert(corrections).values({ articleId: english.id, text: "An earlier version misstated the month.", createdBy: editor.id });
    await t.db.insert(articleViewsDaily).values([
      { articleId: english.id, day: "2026-11-20", views: 300 },
      { articleId: english.id, day: "2026-11-21", views: 221 },
    ]);

    const found = await getPublishedArticle(t.db, { language: "en", slug: english.slug });
    expect(found).toMatchObject({
      headline: "River levels fall early",
      section: { name: "Environment" },
      bylines: [{ name: "Kanha Meas" }, { name: "Borey Sam" }],
      leadImage: { alt: "Boats on a river", caption: "Boats return at dawn.", credit: "Kanha Meas" },
      corrections: [{ kind: "correction", text: "An earlier version misstated the month." }],
      translation: { language: "km", slug: khmer.slug },
      views: 521,
    });
    // Internal columns never reach a page.
    expect(found).not.toHaveProperty("createdBy");
    expect(found).not.toHaveProperty("status");

    const khmerFound = await getPublishedArticle(t.db, { language: "km", slug: khmer.slug });
    expect(khmerFound?.section?.name).toBe("បរិស្ថាន");
    expect(khmerFound?.translation?.language).toBe("en");
  });

  it("falls back to neutral settings before the newsroom is configured", async () => {
    expect(await getPublicSite(t.db, "en")).toMatchObject({ timezone: "Asia/Phnom_Penh", languages: ["en", "km"] });
  });
});
