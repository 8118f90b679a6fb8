import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, articlePublications, articleViewsDaily, type ArticleStatus } from "@/db/schema";
import {
  getPublicAuthor,
  getPublicSection,
  getPublicTag,
  listArticlePage,
  listLatestArticles,
  listMostReadArticles,
  listPublicSections,
  listRelatedArticles,
} from "@/lib/public/published-content";
import { viewDay } from "@/lib/views/view-day";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createTag, createUser, publishArticleRow, type Article, type Section, type Tag, type User } from "../support/factories";

// The listings behind the section, tag, author, latest and most-read pages:
// live stories only, whatever state the working copies are in, and a tag or
// a person becomes public only through a live story in that language.

let t: TestDatabase;
let politics: Section;
let environment: Section;
let mekong: Tag;
let draftOnlyTag: Tag;
let reporter: User;
let stringer: User;
const live: Article[] = [];
const hidden = new Map<ArticleStatus, Article>();
const NOW = new Date("2026-11-25T05:00:00Z");

function hoursAgo(hours: number): Date {
  return new Date(NOW.getTime() - hours * 3_600_000);
}

beforeAll(async () => {
  t = await createTestDatabase();
  politics = await createSection(t.db, { name: "Politics", nameKm: "នយោបាយ", position: 1 });
  environment = await createSection(t.db, { name: "Environment", nameKm: "បរិស្ថាន", position: 2 });
  mekong = await createTag(t.db, { name: "Mekong" });
  draftOnlyTag = await createTag(t.db, { name: "Unannounced investigation" });
  const photo = await createMedia(t.db, { altText: "Sokha Chan at the river" });
  reporter = await createUser(t.db, { name: "Sokha Chan", bio: "Covers the river provinces.", photoMediaId: photo.id });
  stringer = await createUser(t.db, { name: "Draft Only Stringer" });

  // Five live English stories, an hour apart, the newest first in `live`.
  for (let index = 0; index < 5; index++) {
    const article = await createArticle(t.db, {
      status: "published",
      headline: `Live story ${index + 1}`,
      createdBy: reporter.id,
      sectionId: index % 2 === 0 ? politics.id : environment.id,
      tagIds: index < 3 ? [mekong.id] : [],
    });
    await publishArticleRow(t.db, article, { publishedAt: hoursAgo(index + 1) });
    live.push(article);
  }
  // Every other state, in the same section, with the same tag and byline, plus
  // a tag and a person that only unpublished work knows.
  for (const status of ARTICLE_STATUSES.filter((s) => s !== "published")) {
    const article = await createArticle(t.db, {
      status,
      headline: `Hidden ${status} story`,
      createdBy: reporter.id,
      bylines: [reporter.id, stringer.id],
      sectionId: politics.id,
      tagIds: [mekong.id, draftOnlyTag.id],
    });
    if (status === "unpublished" || status === "archived") {
      // Once live, then taken down.
      await publishArticleRow(t.db, article, { publishedAt: hoursAgo(0.5) });
      await t.db.delete(articlePublications).where(eq(articlePublications.articleId, article.id));
    }
    hidden.set(status, article);
  }
});

afterAll(() => t?.close());

const headlines = (stories: { headline: string }[]) => stories.map((story) => story.headline);

describe("listings", () => {
  it("lists only live stories, newest first, and pages through them", async () => {
    expect(headlines(await listLatestArticles(t.db, { language: "en" }))).toEqual(["Live story 1", "Live story 2", "Live story 3", "Live story 4", "Live story 5"]);
    const first = await listArticlePage(t.db, { language: "en", page: 1, pageSize: 2 });
    const third = await listArticlePage(t.db, { language: "en", page: 3, pageSize: 2 });
    expect(headlines(first.items)).toEqual(["Live story 1", "Live story 2"]);
    expect(first.hasNext).toBe(true);
    expect(headlines(third.items)).toEqual(["Live story 5"]);
    expect(third.hasNext).toBe(false);
    expect((await listArticlePage(t.db, { language: "en", page: 4, pageSize: 2 })).items).toEqual([]);
    expect(await listLatestArticles(t.db, { language: "km" })).toEqual([]);
  });

  it("narrows by section, tag and author slug, still live only", async () => {
    expect(headlines(await listLatestArticles(t.db, { language: "en", sectionSlug: politics.slug }))).toEqual(["Live story 1", "Live story 3", "Live story 5"]);
    expect(headlines(await listLatestArticles(t.db, { language: "en", tagSlug: mekong.slug }))).toEqual(["Live story 1", "Live story 2", "Live story 3"]);
    expect(headlines(await listLatestArticles(t.db, { language: "en", authorSlug: reporter.slug }))).toHaveLength(5);
    expect(await listLatestArticles(t.db, { language: "en", authorSlug: stringer.slug })).toEqual([]);
    expect(await listLatestArticles(t.db, { language: "en", tagSlug: draftOnlyTag.slug })).toEqual([]);
    expect(await listLatestArticles(t.db, { language: "en", sectionSlug: "no-such-section" })).toEqual([]);
  });

  it("shows a tag or an author only when a live story in that language carries it", async () => {
    expect(await getPublicTag(t.db, { language: "en", slug: mekong.slug })).toEqual({ slug: mekong.slug, name: "Mekong" });
    expect(await getPublicTag(t.db, { language: "km", slug: mekong.slug })).toBeNull();
    expect(await getPublicTag(t.db, { language: "en", slug: draftOnlyTag.slug })).toBeNull();

    const author = await getPublicAuthor(t.db, { language: "en", slug: reporter.slug });
    expect(author).toMatchObject({ name: "Sokha Chan", bio: "Covers the river provinces.", photo: { alt: "Sokha Chan at the river" } });
    expect(Object.keys(author ?? {}).sort()).toEqual(["bio", "name", "photo", "slug"]);
    expect(await getPublicAuthor(t.db, { language: "en", slug: stringer.slug })).toBeNull();
    expect(await getPublicAuthor(t.db, { language: "km", slug: reporter.slug })).toBeNull();
  });

  it("lists sections in the newsroom's order with names and live counts in the reader's language", async () => {
    const english = (await listPublicSections(t.db, "en")).filter((s) => s.slug === politics.slug || s.slug === environment.slug);
    expect(english.map((s) => [s.name, s.liveStories])).toEqual([
      ["Politics", 3],
      ["Environment", 2],
    ]);
    expect((await getPublicSection(t.db, { language: "km", slug: politics.slug }))?.name).toBe("នយោបាយ");
    expect((await getPublicSection(t.db, { language: "km", slug: politics.slug }))?.liveStories).toBe(0);
    expect(await getPublicSection(t.db, { language: "en", slug: "missing" })).toBeNull();
  });

  it("relates stories that share tags or the section, best first, never the story itself or unpublished work", async () => {
    const [one, two, three, , five] = live;
    if (!one || !two || !three || !five) throw new Error("fixtures missing");
    const related = await listRelatedArticles(t.db, { article: { id: one.id, language: "en", sectionSlug: politics.slug }, limit: 10 });
    // Story 3 shares the tag and the section, story 2 only the tag, story 5 only the section.
    expect(headlines(related)).toEqual(["Live story 3", "Live story 2", "Live story 5"]);
    expect(related.some((story) => story.headline.startsWith("Hidden"))).toBe(false);
    expect(await listRelatedArticles(t.db, { article: { id: one.id, language: "km", sectionSlug: politics.slug } })).toEqual([]);
  });
});

describe("most read", () => {
  it("ranks live stories by reads over the last seven newsroom days", async () => {
    const [one, two, three] = live;
    const archived = hidden.get("archived");
    if (!one || !two || !three || !archived) throw new Error("fixtures missing");
    const day = (daysAgo: number) => viewDay(new Date(NOW.getTime() - daysAgo * 86_400_000), "Asia/Phnom_Penh");
    await t.db.insert(articleViewsDaily).values([
      { articleId: one.id, day: day(0), views: 40 },
      { articleId: two.id, day: day(1), views: 30 },
      { articleId: two.id, day: day(6), views: 30 },
      // Older than a week: does not count.
      { articleId: three.id, day: day(7), views: 1_000 },
      { articleId: three.id, day: day(2), views: 5 },
      // Read a lot, but no longer published.
      { articleId: archived.id, day: day(0), views: 5_000 },
    ]);
    const mostRead = await listMostReadArticles(t.db, { language: "en", now: NOW });
    expect(mostRead.map((story) => [story.headline, story.views])).toEqual([
      ["Live story 2", 60],
      ["Live story 1", 40],
      ["Live story 3", 5],
    ]);
    expect(await listMostReadArticles(t.db, { language: "km", now: NOW })).toEqual([]);
    expect(await listMostReadArticles(t.db, { language: "en", now: NOW, limit: 1 })).toHaveLength(1);
  });
});
