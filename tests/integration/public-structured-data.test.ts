import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corrections, publicationSettings } from "@/db/schema";
import { allListingsTag, listingTag, storyTag } from "@/lib/public/cache-tags";
import { buildPageMetadata } from "@/lib/public/page-metadata";
import { getPublishedArticle } from "@/lib/public/published-content";
import { tagsForStoryChange } from "@/lib/public/revalidate";
import { shareLinks } from "@/lib/public/share-links";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/public/structured-data";
import type { PublicArticle } from "@/lib/public/types";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createSection, createTag, createUser, publishArticleRow } from "../support/factories";

// Structured data, page metadata and cache tags of a live story, from the
// published-only module's DTO to what a crawler reads.

let t: TestDatabase;
let article: PublicArticle;
const SITE = { name: "Cambodian Press Collective", url: "https://news.example.org" };
const SITE_INPUT = { siteUrl: SITE.url, siteName: SITE.name };

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db
    .insert(publicationSettings)
    .values({ id: 1, name: SITE.name, siteUrl: SITE.url })
    .onConflictDoUpdate({ target: publicationSettings.id, set: { name: SITE.name, siteUrl: SITE.url } });
  const reporter = await createUser(t.db, { name: "Dara Keo" });
  const section = await createSection(t.db, { name: "Environment" });
  const tag = await createTag(t.db, { name: "Tonle Sap" });
  const photo = await createMedia(t.db, { caption: "Boats at dawn.", credit: "Dara Keo", altText: "Fishing boats" });
  const story = await createArticle(t.db, {
    status: "published",
    headline: "Lake levels </script><script>alert('x')</script> fall early",
    standfirst: "Fishing families brace for a thin season.",
    createdBy: reporter.id,
    sectionId: section.id,
    leadImageId: photo.id,
    tagIds: [tag.id],
  });
  await publishArticleRow(t.db, story, { publishedAt: new Date("2026-11-20T02:00:00Z") });
  await t.db.insert(corrections).values({ articleId: story.id, text: "An earlier version gave the wrong province.", createdAt: new Date("2026-11-21T03:00:00Z") });
  const found = await getPublishedArticle(t.db, { language: "en", slug: story.slug });
  if (!found) throw new Error("the story is not live");
  article = found;
});

afterAll(() => t?.close());

describe("JSON-LD", () => {
  it("describes the story as a NewsArticle with images, dates, authors, publisher and corrections", () => {
    const parsed = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, SITE))) as Record<string, unknown>;
    expect(parsed["@context"]).toBe("https://schema.org");
    expect(parsed["@type"]).toBe("NewsArticle");
    expect(parsed.headline).toBe(article.headline);
    expect(parsed.datePublished).toBe("2026-11-20T02:00:00.000Z");
    expect(parsed.dateModified).toBe(article.updatedAt.toISOString());
    expect(parsed.url).toBe(`${SITE.url}/articles/${article.slug}`);
    expect(parsed.author).toEqual([{ "@type": "Person", name: "Dara Keo", url: `${SITE.url}/authors/${article.bylines[0]?.slug}` }]);
    expect(parsed.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: SITE.name });
    expect(parsed.image).toEqual([expect.objectContaining({ "@type": "ImageObject", url: expect.stringMatching(/^https:\/\/news\.example\.org\/media\//), caption: "Boats at dawn." })]);
    expect(parsed.correction).toEqual([
      { "@type": "CorrectionComment", text: "An earlier version gave the wrong province.", datePublished: "2026-11-21T03:00:00.000Z" },
    ]);
    expect(parsed.keywords).toEqual(["Tonle Sap"]);
  });

  it("cannot close its script element, whatever the story says", () => {
    const serialized = serializeJsonLd(newsArticleJsonLd(article, SITE));
    expect(serialized).not.toMatch(/<\/script/i);
    expect(serialized).not.toContain("<");
    expect((JSON.parse(serialized) as { headline: string }).headline).toContain("</script>");
  });
});

describe("page metadata", () => {
  it("gives canonical and hreflang addresses, Open Graph and a large Twitter card with the lead image", () => {
    const metadata = buildPageMetadata({
      ...SITE_INPUT,
      language: "en",
      path: "/articles/a",
      languages: { en: "/articles/a", km: "/km/articles/b" },
      title: "A | Site",
      description: "Standfirst",
      image: article.leadImage,
      article: { publishedAt: article.publishedAt, updatedAt: article.updatedAt, authors: ["Dara Keo"], tags: ["Tonle Sap"] },
    });
    expect(metadata.metadataBase?.toString()).toBe(`${SITE.url}/`);
    expect(metadata.alternates).toMatchObject({ canonical: "/articles/a", languages: { en: "/articles/a", km: "/km/articles/b", "x-default": "/articles/a" } });
    expect(metadata.openGraph).toMatchObject({ type: "article", locale: "en_GB", alternateLocale: ["km_KH"], images: [{ url: article.leadImage?.src, alt: "Fishing boats" }] });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("announces the language's RSS and Atom feeds beside the canonical and hreflang addresses", () => {
    const metadata = buildPageMetadata({ ...SITE_INPUT, language: "en", path: "/", languages: { en: "/", km: "/km" }, title: SITE.name });
    expect(metadata.alternates).toEqual({
      canonical: "/",
      languages: { en: "/", km: "/km", "x-default": "/" },
      types: {
        "application/rss+xml": [{ url: "/feed.xml", title: `${SITE.name} (RSS feed)` }],
        "application/atom+xml": [{ url: "/atom.xml", title: `${SITE.name} (Atom feed)` }],
      },
    });
  });

  it("announces a section's own feeds first on its pages, in the page's language", () => {
    const metadata = buildPageMetadata({
      ...SITE_INPUT,
      language: "km",
      path: "/km/sections/environment",
      languages: { km: "/km/sections/environment", en: "/sections/environment" },
      title: "បរិស្ថាន",
      feedSection: { slug: "environment", name: "បរិស្ថាន" },
    });
    expect(metadata.alternates?.canonical).toBe("/km/sections/environment");
    expect(metadata.alternates?.languages).toMatchObject({ km: "/km/sections/environment", en: "/sections/environment" });
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [
        { url: "/km/sections/environment/feed.xml", title: `បរិស្ថាន | ${SITE.name} (RSS)` },
        { url: "/km/feed.xml", title: `${SITE.name} (RSS)` },
      ],
      "application/atom+xml": [
        { url: "/km/sections/environment/atom.xml", title: `បរិស្ថាន | ${SITE.name} (Atom)` },
        { url: "/km/atom.xml", title: `${SITE.name} (Atom)` },
      ],
    });
  });
});

describe("cache tags of a story change", () => {
  it("drops the story's pages, its old address and every listing of its language when it does not say which", () => {
    const tags = tagsForStoryChange({ language: "km", slug: "new", previousSlug: "old" });
    expect(tags).toEqual(expect.arrayContaining([storyTag("km", "new"), storyTag("km", "old"), listingTag("km", "home"), allListingsTag("km")]));
    expect(tags.some((tag) => tag.includes(":en:"))).toBe(false);
  });

  it("drops only the listings the story joins when it says which, and its translation's page", () => {
    const tags = tagsForStoryChange({
      language: "en",
      slug: "story",
      sectionSlug: "politics",
      tagSlugs: ["mekong"],
      authorSlugs: ["dara-keo"],
      translation: { language: "km", slug: "រឿង" },
    });
    expect(tags).toEqual(
      expect.arrayContaining([
        listingTag("en", "section", "politics"),
        listingTag("en", "tag", "mekong"),
        listingTag("en", "author", "dara-keo"),
        storyTag("km", "រឿង"),
      ]),
    );
    expect(tags).not.toContain(allListingsTag("en"));
    // Tags stay short and ASCII, whatever the slug.
    expect(tags.every((tag) => tag.length < 64 && /^[\x21-\x7e]+$/.test(tag))).toBe(true);
  });
});

describe("share links", () => {
  it("are plain addresses of each network's share page, with the story's address encoded", () => {
    const links = shareLinks({ url: "https://news.example.org/articles/a?b=c", title: "Rice & fish" });
    expect(links.map((link) => link.network)).toEqual(["facebook", "telegram", "x", "email"]);
    for (const link of links) expect(link.href).toContain(encodeURIComponent("https://news.example.org/articles/a?b=c"));
    expect(links.find((link) => link.network === "email")?.href).toBe(`mailto:?subject=Rice%20%26%20fish&body=${encodeURIComponent("https://news.example.org/articles/a?b=c")}`);
  });
});
