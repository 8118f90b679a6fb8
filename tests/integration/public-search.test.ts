import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, articlePublications, articles } from "@/db/schema";
import { unsafeWritePublication } from "@/lib/articles/unsafe-write-publication";
import { searchPublishedStories } from "@/lib/public/published-content";
import { SEARCH_CANDIDATES, SEARCH_RECENT_WINDOW } from "@/lib/public/search";
import type { PublicSearchHit } from "@/lib/public/types";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createTag, createUser, paragraphsDoc, type Section } from "../support/factories";

// Reader search over live stories: English with stemming, Khmer words found
// inside unspaced text, ranking (headline and tags above body), highlighted
// excerpts as text parts, section and language filters, and nothing that is
// not live. Then an archive larger than the window the first pass reads: the
// newest matches of common words, and rare words found however old.

let t: TestDatabase;
let politics: Section;
let port: Section;

// Archive stories, oldest first: every one says "harbour ferry"; one in twenty
// is in the Port section; the oldest thousand's even ones say "strike"; the
// third says "narwhal". All older than the window of newest stories.
const ARCHIVE = SEARCH_RECENT_WINDOW + 1_000;
const STRIKES = 500;

async function publish(overrides: Parameters<typeof createArticle>[1]) {
  const article = await createArticle(t.db, { status: "approved", ...overrides });
  await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: null });
  return article;
}

const marked = (hit: PublicSearchHit | undefined) => (hit?.snippet ?? []).filter((part) => part.match).map((part) => part.text.toLowerCase());
const excerpt = (hit: PublicSearchHit | undefined) => (hit?.snippet ?? []).map((part) => part.text).join("");

beforeAll(async () => {
  t = await createTestDatabase();
  politics = await createSection(t.db, { name: "Politics" });
  const floods = await createTag(t.db, { name: "Floods" });
  await publish({
    headline: "Floodwaters reach the capital's outskirts",
    standfirst: "Families moved to higher ground overnight.",
    body: paragraphsDoc(["Volunteers handed out rice and water as the river kept rising.", "Officials promised help within days."]),
    tagIds: [floods.id],
    sectionId: politics.id,
  });
  await publish({
    headline: "Council approves a new market",
    body: paragraphsDoc([
      "The vote was close. Traders worried about rents.",
      "Several said last year's flooding had already cost them a season, and that the new hall must sit above the water line.",
    ]),
  });
  await publish({
    headline: "A reporter's notebook <script>alert(1)</script>",
    body: paragraphsDoc(["The word <b>flood</b> appears here inside angle brackets & ampersands."]),
  });
  // Khmer: "farmers in Kampong Cham province harvest rice", one unspaced run of several words.
  await publish({ language: "km", headline: "កសិករនៅខេត្តកំពង់ចាមប្រមូលផលស្រូវ", standfirst: "", body: paragraphsDoc(["ភ្លៀងធ្លាក់ច្រើនឆ្នាំនេះ។"]) });
  // Khmer: "journalists of Cambodia met in Phnom Penh yesterday", written without spaces.
  await publish({
    language: "km",
    headline: "ព័ត៌មានថ្មីពីរាជធានី",
    standfirst: "",
    body: paragraphsDoc(["អ្នកសារព័ត៌មានកម្ពុជាបានប្រជុំនៅភ្នំពេញកាលពីម្សិលមិញ។ ពួកគេបានពិភាក្សាអំពីសេរីភាពសារព័ត៌មាន។"]),
    sectionId: politics.id,
  });
  // Every other workflow state carries the same rare word, in both languages.
  for (const status of ARTICLE_STATUSES.filter((s) => s !== "published")) {
    for (const language of ["en", "km"] as const) {
      const article = await createArticle(t.db, {
        status,
        language,
        headline: language === "en" ? `Zanzibar ${status} story` : `ភ្នំពេញ ${status}`,
        body: paragraphsDoc([language === "en" ? "zanzibar flood" : "អ្នកសារព័ត៌មាននៅភ្នំពេញ"]),
      });
      if (status === "unpublished" || status === "archived") {
        await unsafeWritePublication(t.db, { articleId: article.id, publishedBy: null });
        await t.db.delete(articlePublications).where(eq(articlePublications.articleId, article.id));
      }
    }
  }
  // A live story whose working copy now says something else: search sees the live words only.
  const edited = await publish({ headline: "Rice prices steady", body: paragraphsDoc(["Market prices held."]) });
  await t.db.update(articles).set({ headline: "Zanzibar rewrite not yet published", bodyText: "zanzibar" }).where(eq(articles.id, edited.id));
  await seedArchive();
});

/** Written in SQL: thousands of stories through the factories would take minutes. */
async function seedArchive() {
  port = await createSection(t.db, { name: "Port" });
  const author = await createUser(t.db);
  await t.db.execute(sql`
    insert into articles (language, headline, slug, body, body_text, status, created_by, first_published_at, section_id)
    select 'en', 'Harbour ferry timetable ' || i, 'archive-' || i, '{"type":"doc","content":[]}'::jsonb,
      case when i = 3 then 'A narwhal was seen from the harbour ferry.'
        when i <= ${STRIKES * 2} and i % 2 = 0 then 'The harbour ferry strike went on.'
        else 'The harbour ferry ran on time.' end,
      'published', ${author.id}, now() - interval '30 days' + i * interval '1 minute',
      case when i % 20 = 0 then ${port.id}::uuid end
    from generate_series(1, ${ARCHIVE}) i`);
  await t.db.execute(sql`
    insert into article_publications (article_id, language, slug, headline, body, body_text, section_id, version, published_at, updated_at, search_head, search_body)
    select id, language, slug, headline, body, body_text, section_id, 1, first_published_at, first_published_at, headline, body_text
    from articles where slug like 'archive-%'`);
  await t.db.execute(sql`analyze article_publications`);
}

/** Slugs of the newest archive stories among those numbered by `which`. */
function newestArchive(count: number, which: (i: number) => boolean): string[] {
  const slugs: string[] = [];
  for (let i = ARCHIVE; i >= 1 && slugs.length < count; i--) if (which(i)) slugs.push(`archive-${i}`);
  return slugs;
}

afterAll(() => t?.close());

describe("searchPublishedStories", () => {
  it("finds English stories by stemmed words and ranks headline and tag matches above body matches", async () => {
    const result = await searchPublishedStories(t.db, { query: "flood", languages: ["en"] });
    const headlines = result.hits.map((hit) => hit.headline);
    expect(headlines[0]).toBe("Floodwaters reach the capital's outskirts");
    expect(headlines).toContain("Council approves a new market");
    expect(result.total).toBe(result.hits.length);
    expect(headlines.indexOf("Floodwaters reach the capital's outskirts")).toBeLessThan(headlines.indexOf("Council approves a new market"));
  });

  it("returns a highlighted excerpt as text parts around the matched words", async () => {
    const result = await searchPublishedStories(t.db, { query: "flooding", languages: ["en"] });
    const market = result.hits.find((hit) => hit.headline === "Council approves a new market");
    expect(marked(market)).toContain("flooding");
    expect(excerpt(market)).toContain("already cost them a season");
  });

  it("keeps a story's own angle brackets as text, never as markup", async () => {
    const result = await searchPublishedStories(t.db, { query: "angle brackets", languages: ["en"] });
    const notebook = result.hits.find((hit) => hit.headline.startsWith("A reporter's notebook"));
    expect(notebook?.headline).toContain("<script>");
    expect(excerpt(notebook)).not.toContain("<mark>");
    expect(marked(notebook).join(" ")).toMatch(/angl/);
  });

  it("finds a Khmer word inside unspaced Khmer text and marks it in the excerpt as written", async () => {
    const result = await searchPublishedStories(t.db, { query: "ភ្នំពេញ" });
    expect(result.hits.map((hit) => hit.headline)).toEqual(["ព័ត៌មានថ្មីពីរាជធានី"]);
    const hit = result.hits[0];
    expect(hit?.language).toBe("km");
    expect(marked(hit)).toEqual(["ភ្នំពេញ"]);
    // The excerpt keeps the sentence as written: no spaces between words, and its full stop.
    expect(excerpt(hit)).toContain("អ្នកសារព័ត៌មានកម្ពុជាបានប្រជុំនៅភ្នំពេញកាលពីម្សិលមិញ។");
    // A query typed without spaces is split the same way, into several words that must all match.
    expect((await searchPublishedStories(t.db, { query: "សេរីភាពសារព័ត៌មាន" })).hits).toHaveLength(1);
    const farmers = await searchPublishedStories(t.db, { query: "ប្រមូលផលស្រូវ" });
    expect(farmers.hits.map((hit) => hit.headline)).toEqual(["កសិករនៅខេត្តកំពង់ចាមប្រមូលផលស្រូវ"]);
  });

  it("filters by language and by section", async () => {
    expect((await searchPublishedStories(t.db, { query: "ភ្នំពេញ", languages: ["en"] })).hits).toEqual([]);
    const bySection = await searchPublishedStories(t.db, { query: "flood", sectionSlug: politics.slug });
    expect(bySection.hits.map((hit) => hit.headline)).toEqual(["Floodwaters reach the capital's outskirts"]);
    expect((await searchPublishedStories(t.db, { query: "flood", sectionSlug: "no-such-section" })).hits).toEqual([]);
  });

  it("never finds unpublished stories or unpublished edits, in either language", async () => {
    expect((await searchPublishedStories(t.db, { query: "zanzibar" })).hits).toEqual([]);
    const khmer = await searchPublishedStories(t.db, { query: "ភ្នំពេញ" });
    expect(khmer.hits.every((hit) => hit.headline === "ព័ត៌មានថ្មីពីរាជធានី")).toBe(true);
  });

  it("pages through results and answers an empty or stop-word query with nothing", async () => {
    const first = await searchPublishedStories(t.db, { query: "flood", languages: ["en"], pageSize: 1 });
    const second = await searchPublishedStories(t.db, { query: "flood", languages: ["en"], pageSize: 1, page: 2 });
    expect(first.hits).toHaveLength(1);
    expect(first.hasNext).toBe(true);
    expect(second.hits[0]?.id).not.toBe(first.hits[0]?.id);
    expect((await searchPublishedStories(t.db, { query: "   " })).hits).toEqual([]);
    expect((await searchPublishedStories(t.db, { query: "the" })).hits).toEqual([]);
  });
});

describe("searchPublishedStories over an archive", () => {
  const everything = { pageSize: SEARCH_CANDIDATES };

  it("ranks and counts the newest matches of common words, and says more match", async () => {
    const result = await searchPublishedStories(t.db, { query: "harbour ferry", ...everything });
    expect(result.capped).toBe(true);
    expect(result.total).toBe(SEARCH_CANDIDATES);
    expect(result.hasNext).toBe(false);
    expect(result.hits.map((hit) => hit.slug).sort()).toEqual(newestArchive(SEARCH_CANDIDATES, () => true).sort());
  });

  it("finds a rare word far back in the archive, alone or with common words", async () => {
    for (const query of ["narwhal", "narwhal harbour ferry"]) {
      const result = await searchPublishedStories(t.db, { query });
      expect(result.hits.map((hit) => hit.slug)).toEqual(["archive-3"]);
      expect(result).toMatchObject({ total: 1, capped: false });
    }
  });

  it("finds the newest matches of words common only in old stories", async () => {
    const result = await searchPublishedStories(t.db, { query: "ferry strike", ...everything });
    expect(result).toMatchObject({ total: SEARCH_CANDIDATES, capped: true });
    const strike = (i: number) => i <= STRIKES * 2 && i % 2 === 0;
    expect(result.hits.map((hit) => hit.slug).sort()).toEqual(newestArchive(SEARCH_CANDIDATES, strike).sort());
  });

  it("applies the section before choosing the newest matches, so none in the section are lost", async () => {
    const inPort = newestArchive(ARCHIVE, (i) => i % 20 === 0);
    expect(inPort.length).toBeLessThan(SEARCH_CANDIDATES);
    const result = await searchPublishedStories(t.db, { query: "harbour ferry", sectionSlug: port.slug, ...everything });
    expect(result).toMatchObject({ total: inPort.length, capped: false });
    expect(result.hits.map((hit) => hit.slug).sort()).toEqual(inPort.sort());
    const last = await searchPublishedStories(t.db, { query: "harbour ferry", sectionSlug: port.slug, page: Math.ceil(inPort.length / 10) });
    expect(last.hits.length).toBeGreaterThan(0);
    expect(last.hasNext).toBe(false);
  });
});
