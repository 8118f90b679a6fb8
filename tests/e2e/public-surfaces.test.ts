import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPostgresDatabase, type DatabaseHandle } from "@/db/client";
import { articles, comments, corrections, type ArticleStatus, type Language } from "@/db/schema";
import { DEMO_ARTICLES } from "@/lib/demo/demo-articles";
import { dateWords } from "@/lib/demo/demo-dates";
import { slugify } from "@/lib/slug";
import { createArticle, createUser, paragraphsDoc, publishArticleRow } from "../support/factories";
import { baseUrl } from "./support/browser";
import { CRAWL_START, crawlPublicSite, readableText, type CrawledPage } from "./support/public-crawl";

// Every public surface of the running app, fetched over HTTP: feeds and
// sitemaps parse as XML, the Content API answers JSON with CORS, and a crawl
// from the homes through every link finds no unpublished story, comment or
// working-copy edit on any page (home, article, section, tag, author, search,
// whatever exists), in either language.

const database = inject("e2eDatabase");
const marker = `zq${randomBytes(3).toString("hex")}`;
const secrets: string[] = [];
const hiddenSlugs: { language: Language; slug: string; headline: string }[] = [];
let liveProbe: { path: string; headline: string } | null = null;
let handle: DatabaseHandle | null = null;

// The demo newsroom's stories that are not live (drafts, in review, changes
// requested, scheduled, archived), with the words the seed gave them.
const demoHidden = DEMO_ARTICLES.filter((a) => a.status !== "published").map((a) => {
  const text = a.write(dateWords(new Date(), a.language));
  return { language: a.language, headline: text.headline, slug: slugify(text.headline), note: text.workflowNote ?? "" };
});
const demoLive = DEMO_ARTICLES.filter((a) => a.status === "published").map((a) => a.write(dateWords(new Date(), a.language)).headline);

function secret(label: string): string {
  const value = `${marker}-${label}`;
  secrets.push(value);
  return value;
}

beforeAll(async () => {
  // PGlite's folder belongs to the server process while it runs: only on
  // PostgreSQL can the test add stories of its own next to the demo's.
  if (database.kind !== "postgres") return;
  handle = openPostgresDatabase(database.url, { max: 2 });
  const db = handle.db;
  const reporter = await createUser(db, { name: "Leak Check Reporter" });
  const states: ArticleStatus[] = ["draft", "in_review", "changes_requested", "approved", "scheduled", "unpublished", "archived"];
  for (const language of ["en", "km"] as const) {
    for (const status of states) {
      const article = await createArticle(db, {
        language,
        status,
        headline: secret(`${language}-${status}-headline`),
        slug: secret(`${language}-${status}-slug`),
        body: paragraphsDoc([secret(`${language}-${status}-body`)]),
        createdBy: reporter.id,
      });
      hiddenSlugs.push({ language, slug: article.slug, headline: article.headline });
      await db.insert(comments).values({ articleId: article.id, authorId: reporter.id, body: secret(`${language}-${status}-comment`) });
    }
  }
  const live = await createArticle(db, { status: "published", headline: `${marker} live headline`, slug: `live-${marker}`, createdBy: reporter.id });
  await publishArticleRow(db, live);
  await db
    .update(articles)
    .set({ headline: secret("edited-headline"), body: paragraphsDoc([secret("edited-body")]), status: "in_review" })
    .where(eq(articles.id, live.id));
  await db.insert(comments).values({ articleId: live.id, authorId: reporter.id, body: secret("live-comment") });
  await db.insert(corrections).values({ articleId: live.id, text: `${marker} live correction` });
  liveProbe = { path: `/articles/live-${marker}`, headline: live.headline };
});

afterAll(async () => {
  await handle?.close();
});

describe("public surfaces over HTTP", () => {
  let pages: CrawledPage[] = [];

  beforeAll(async () => {
    const start = liveProbe ? [liveProbe.path] : [];
    pages = await crawlPublicSite({ start: [...start, ...CRAWL_START] });
  });

  it("serves feeds, sitemaps and robots.txt with their types, as well-formed XML", () => {
    const byPath = new Map(pages.map((page) => [page.path, page]));
    for (const [path, type] of [
      ["/feed.xml", "application/rss+xml"],
      ["/km/feed.xml", "application/rss+xml"],
      ["/atom.xml", "application/atom+xml"],
      ["/km/atom.xml", "application/atom+xml"],
      ["/api/feeds/feed.xml", "application/rss+xml"],
      ["/sitemap.xml", "application/xml"],
      ["/sitemaps/pages.xml", "application/xml"],
      ["/sitemaps/news.xml", "application/xml"],
      ["/sitemaps/articles-1.xml", "application/xml"],
      ["/robots.txt", "text/plain"],
    ] as const) {
      const page = byPath.get(path);
      expect(page?.status, path).toBe(200);
      expect(page?.contentType, path).toContain(type);
      if (type !== "text/plain") expect(XMLValidator.validate(page?.body ?? ""), path).toBe(true);
    }
  });

  // The default (MASTHEAD_PROXY_COMPRESSES unset): a phone on a slow network
  // gets every page compressed even when no proxy in front compresses it.
  it("compresses pages, their RSC data and feeds when the client asks, and only then", async () => {
    const story = pages.find((page) => page.path.startsWith("/articles/") && page.status === 200);
    expect(story, "a live English story in the crawl").toBeDefined();
    for (const [path, extra] of [
      ["/", {}],
      [story?.path ?? "/", {}],
      [story?.path ?? "/", { RSC: "1" }],
      ["/km/feed.xml", {}],
    ] as const) {
      const asked = await fetch(`${baseUrl()}${path}`, { headers: { "accept-encoding": "gzip", ...extra } });
      expect(asked.status, path).toBe(200);
      expect(asked.headers.get("content-encoding"), path).toBe("gzip");
      expect(asked.headers.get("vary") ?? "", path).toMatch(/accept-encoding/i);
      expect((await asked.text()).length, path).toBeGreaterThan(1000);
      const notAsked = await fetch(`${baseUrl()}${path}`, { headers: { "accept-encoding": "identity", ...extra } });
      expect(notAsked.headers.get("content-encoding"), path).toBeNull();
      await notAsked.arrayBuffer();
    }
  });

  it("announces the feeds of the home pages and of a section in each page's head, and each feed answers with XML", async () => {
    const section = pages.find((page) => page.status === 200 && /^\/km\/sections\/[^/]+$/.test(page.path));
    if (!section) throw new Error("The crawl found no Khmer section page");
    for (const [path, expected] of [
      ["/", ["/feed.xml", "/atom.xml"]],
      ["/km", ["/km/feed.xml", "/km/atom.xml"]],
      [section.path, [`${section.path}/feed.xml`, "/km/feed.xml", `${section.path}/atom.xml`, "/km/atom.xml"]],
    ] as const) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      const feeds = [...head.matchAll(/<link\b[^>]*>/g)]
        .map(([tag]) => ({ rel: /\brel="([^"]*)"/.exec(tag)?.[1], type: /\btype="([^"]*)"/.exec(tag)?.[1] ?? "", href: /\bhref="([^"]*)"/.exec(tag)?.[1] ?? "" }))
        .filter((link) => link.rel === "alternate" && /^application\/(rss|atom)\+xml$/.test(link.type));
      // Absolute addresses on the configured site address: compare their paths.
      expect(feeds.map((feed) => decodeURI(new URL(readableText(feed.href)).pathname)), path).toEqual(expected.map((feed) => decodeURI(feed)));
      for (const feed of feeds) {
        const response = await fetch(`${baseUrl()}${new URL(readableText(feed.href)).pathname}`);
        expect(response.status, feed.href).toBe(200);
        expect(response.headers.get("content-type"), feed.href).toContain(feed.type);
        expect(XMLValidator.validate(await response.text()), feed.href).toBe(true);
      }
    }
  });

  it("answers the Content API with JSON, CORS and cache headers, and refuses bad parameters", async () => {
    const list = await fetch(`${baseUrl()}/api/v1/articles?limit=3`);
    expect(list.status).toBe(200);
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    expect(list.headers.get("cache-control")).toContain("public");
    const body = (await list.json()) as { data: { slug: string; language: string }[]; pagination: { nextCursor: string | null } };
    expect(body.data).toHaveLength(3);
    expect(body.pagination.nextCursor).toBeTruthy();
    const first = body.data[0]!;
    const one = await fetch(`${baseUrl()}/api/v1/articles/${encodeURIComponent(first.slug)}?language=${first.language}`);
    expect(one.status).toBe(200);
    expect(((await one.json()) as { data: { body: { type: string } } }).data.body.type).toBe("doc");

    const bad = await fetch(`${baseUrl()}/api/v1/articles?limit=500`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("limit must be at most 50");
    const missing = await fetch(`${baseUrl()}/api/v1/articles/no-such-story`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/json");
  });

  it("reaches every live demo story through the crawl", () => {
    const corpus = readableText(pages.map((page) => page.body).join("\n"));
    expect(pages.length).toBeGreaterThan(20);
    for (const headline of demoLive) expect(corpus, headline).toContain(headline);
    if (liveProbe) expect(corpus).toContain(liveProbe.headline);
  });

  it("finds no unpublished headline, slug, body, comment, note or working-copy edit on any page", () => {
    const corpus = readableText(pages.map((page) => page.body).join("\n"));
    expect(demoHidden.length).toBeGreaterThan(0);
    const leaks = [
      ...demoHidden.flatMap((story) => [story.headline, story.slug, story.note].filter((text) => text.length > 12)),
      ...secrets,
    ].filter((text) => corpus.includes(text) || corpus.includes(encodeURIComponent(text)));
    expect(leaks).toEqual([]);
  });

  it("finds no unpublished story through search, when the site has a search page", async () => {
    for (const story of demoHidden) {
      const path = `${story.language === "km" ? "/km" : ""}/search?q=${encodeURIComponent(story.headline)}`;
      const response = await fetch(`${baseUrl()}${path}`);
      const text = await response.text();
      if (response.status === 404) continue;
      expect(response.status, path).toBe(200);
      // The page repeats the query in its search box; it must not link to the story.
      expect(text, path).not.toContain(`/articles/${encodeURIComponent(story.slug)}`);
      expect(text, path).not.toContain(`/articles/${story.slug}`);
    }
  });

  it("answers 404 for an unpublished story's address, in either language", async () => {
    const probes = [...hiddenSlugs, ...demoHidden];
    for (const { language, slug, headline } of probes) {
      const path = `${language === "km" ? "/km" : ""}/articles/${encodeURIComponent(slug)}`;
      const response = await fetch(`${baseUrl()}${path}`);
      const text = readableText(await response.text());
      expect(response.status, path).toBe(404);
      // (The 404 repeats the address asked for in Next's router data; it must say nothing of the story.)
      expect(text, path).not.toContain(headline);
      const api = await fetch(`${baseUrl()}/api/v1/articles/${encodeURIComponent(slug)}?language=${language}`);
      expect(api.status, `API ${slug}`).toBe(404);
    }
  });
});
