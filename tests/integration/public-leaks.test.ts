import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getApiList } from "@/app/api/v1/articles/route";
import { GET as getApiOne } from "@/app/api/v1/articles/[slug]/route";
import { articlePublications, articles, comments, corrections, LANGUAGES, type ArticleStatus, type Language } from "@/db/schema";
import { buildFeedXml } from "@/lib/public/feeds";
import { buildRobotsTxt, buildSitemapFileXml, buildSitemapIndexXml, parseSitemapFile } from "@/lib/public/sitemaps";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createSection, createTag, createUser, paragraphsDoc, publishArticleRow, type Article } from "../support/factories";
import { useDatabaseForRoutes } from "../support/syndication-fixtures";

// Nothing unpublished leaks: stories in every workflow state, a published
// story with unpublished edits, an editorial comment and a correction, then a
// crawl of every public surface this module family serves (feeds, sitemaps,
// robots.txt, the Content API list and detail), looking for anything that is
// not live. The pages themselves are crawled over HTTP by
// tests/e2e/public-surfaces.test.ts.

let t: TestDatabase;
const marker = `zq${randomBytes(3).toString("hex")}`;
// Text that must never appear anywhere public.
const secrets: string[] = [];
// Text that must appear (so the crawl is known to reach the stories at all).
const expected: string[] = [];
const slugsToProbe: { language: Language; slug: string }[] = [];
let sectionSlug = "";
let publicTagSlug = "";

const HIDDEN_STATES: ArticleStatus[] = ["draft", "in_review", "changes_requested", "approved", "scheduled", "unpublished", "archived"];

function secret(label: string): string {
  const value = `${marker}-${label}`;
  secrets.push(value);
  return value;
}

beforeAll(async () => {
  t = await createTestDatabase();
  useDatabaseForRoutes(t.handle);
  const reporter = await createUser(t.db, { name: "Vannak Heng" });
  const draftOnlyAuthor = await createUser(t.db, { name: "Stringer Only In Drafts", slug: secret("author-slug") });
  const section = await createSection(t.db, { name: "Investigations" });
  sectionSlug = section.slug;
  const publicTag = await createTag(t.db, { name: "Land rights" });
  publicTagSlug = publicTag.slug;
  const draftOnlyTag = await createTag(t.db, { name: secret("tag-name"), slug: secret("tag-slug") });

  const hidden: Article[] = [];
  for (const language of LANGUAGES) {
    for (const status of HIDDEN_STATES) {
      const article = await createArticle(t.db, {
        language,
        status,
        headline: secret(`${language}-${status}-headline`),
        standfirst: secret(`${language}-${status}-standfirst`),
        slug: secret(`${language}-${status}-slug`),
        body: paragraphsDoc([secret(`${language}-${status}-body`)]),
        createdBy: reporter.id,
        bylines: [reporter.id, draftOnlyAuthor.id],
        sectionId: section.id,
        tagIds: [publicTag.id, draftOnlyTag.id],
        scheduledFor: status === "scheduled" ? new Date(Date.now() + 86_400_000) : null,
      });
      hidden.push(article);
      slugsToProbe.push({ language, slug: article.slug });
      await t.db.insert(comments).values({ articleId: article.id, authorId: reporter.id, body: secret(`${language}-${status}-comment`) });
      if (status === "unpublished" || status === "archived") {
        // Once live, then taken down: the live row is gone, the correction stays on record.
        await publishArticleRow(t.db, article);
        await t.db.insert(corrections).values({ articleId: article.id, text: secret(`${language}-${status}-correction`) });
        await t.db.delete(articlePublications).where(eq(articlePublications.articleId, article.id));
      }
    }
  }

  // A live story whose working copy has moved on: readers keep the published version.
  for (const language of LANGUAGES) {
    const live = await createArticle(t.db, {
      language,
      status: "published",
      headline: `${marker} ${language} live headline`,
      slug: `live-${language}-${marker}`,
      body: paragraphsDoc([`${marker} ${language} live body`]),
      createdBy: reporter.id,
      sectionId: section.id,
      tagIds: [publicTag.id],
    });
    await publishArticleRow(t.db, live);
    expected.push(live.headline, `${marker} ${language} live body`, live.slug);
    slugsToProbe.push({ language, slug: live.slug });
    await t.db
      .update(articles)
      .set({
        status: "in_review",
        headline: secret(`${language}-edited-headline`),
        standfirst: secret(`${language}-edited-standfirst`),
        body: paragraphsDoc([secret(`${language}-edited-body`)]),
        version: live.version + 1,
      })
      .where(eq(articles.id, live.id));
    await t.db.insert(comments).values({ articleId: live.id, authorId: reporter.id, body: secret(`${language}-live-comment`) });
    const correction = `${marker} ${language} published correction`;
    await t.db.insert(corrections).values({ articleId: live.id, text: correction });
    expected.push(correction);
  }
  expect(hidden).toHaveLength(HIDDEN_STATES.length * LANGUAGES.length);
});

afterAll(() => t?.close());

async function apiText(url: string): Promise<{ status: number; text: string }> {
  const request = new Request(`http://localhost${url}`);
  const path = new URL(request.url).pathname;
  const slug = path.startsWith("/api/v1/articles/") ? path.slice("/api/v1/articles/".length) : null;
  const response = slug ? await getApiOne(request, { params: Promise.resolve({ slug }) }) : await getApiList(request);
  return { status: response.status, text: await response.text() };
}

/** Every page of an API listing, following its cursors. */
async function apiListing(query: string): Promise<string[]> {
  const pages: string[] = [];
  let url: string | null = `/api/v1/articles?limit=2${query}`;
  while (url) {
    const { status, text } = await apiText(url);
    expect(status, url).toBe(200);
    pages.push(text);
    url = (JSON.parse(text) as { pagination: { next: string | null } }).pagination.next;
  }
  return pages;
}

async function crawl(): Promise<string> {
  const out: string[] = [];
  for (const format of ["rss", "atom"] as const) {
    out.push((await buildFeedXml(t.db, format, {})) ?? "");
    for (const language of LANGUAGES) {
      out.push((await buildFeedXml(t.db, format, { language })) ?? "");
      out.push((await buildFeedXml(t.db, format, { language, sectionSlug })) ?? "");
    }
  }
  const index = await buildSitemapIndexXml(t.db);
  out.push(index);
  for (const match of index.matchAll(/<loc>[^<]*\/sitemaps\/([^<]+)<\/loc>/g)) {
    const file = parseSitemapFile(match[1] ?? "");
    if (!file) throw new Error(`index names an unreadable sitemap ${match[1]}`);
    out.push((await buildSitemapFileXml(t.db, file)) ?? "");
  }
  out.push(await buildRobotsTxt(t.db));
  for (const query of ["", "&language=en", "&language=km", `&section=${sectionSlug}`, `&tag=${publicTagSlug}`]) out.push(...(await apiListing(query)));
  // A 404 names the slug the client asked for, so only answers that found a story join the corpus;
  // the last test checks that a 404 says nothing more about an unpublished story than about no story.
  for (const { language, slug } of slugsToProbe) {
    for (const query of [`?language=${language}`, ""]) {
      const answer = await apiText(`/api/v1/articles/${encodeURIComponent(slug)}${query}`);
      if (answer.status === 200) out.push(answer.text);
    }
  }
  return out.join("\n");
}

describe("nothing unpublished leaks", () => {
  it("shows live stories, their published text and their corrections on every surface", async () => {
    const corpus = await crawl();
    for (const text of expected) expect(corpus, text).toContain(text);
  });

  it("shows no headline, slug, standfirst, body, comment, correction, tag or author known only from unpublished work", async () => {
    const corpus = await crawl();
    const found = secrets.filter((value) => corpus.includes(value) || corpus.includes(encodeURIComponent(value)));
    expect(found).toEqual([]);
    // And the marker itself shows up only in the live stories' text.
    const stray = [...corpus.matchAll(new RegExp(`${marker}-[a-z0-9_-]+`, "g"))].map((m) => m[0]);
    expect(stray).toEqual([]);
  });

  it("answers every unpublished story's slug in the API exactly as it answers a slug that never existed", async () => {
    const unknown = await apiText("/api/v1/articles/never-existed-story?language=en");
    expect(unknown.status).toBe(404);
    const template = unknown.text.replace("never-existed-story", "SLUG");
    const hiddenSlugs = slugsToProbe.filter((p) => secrets.includes(p.slug));
    expect(hiddenSlugs).toHaveLength(HIDDEN_STATES.length * LANGUAGES.length);
    for (const { language, slug } of hiddenSlugs) {
      const answer = await apiText(`/api/v1/articles/${encodeURIComponent(slug)}?language=${language}`);
      expect(answer.status, slug).toBe(404);
      expect(answer.text.replace(slug, "SLUG").replace(`in ${language}`, "in en")).toBe(template);
    }
  });
});
