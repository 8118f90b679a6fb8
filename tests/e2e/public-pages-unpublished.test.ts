import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPostgresDatabase, type DatabaseHandle } from "@/db/client";
import { articlePublications, ARTICLE_STATUSES, type Language } from "@/db/schema";
import { unsafeWritePublication } from "@/lib/articles/unsafe-write-publication";
import { createArticle, createSection, createTag, createUser, paragraphsDoc } from "../support/factories";
import { baseUrl } from "./support/browser";
import { crawlPublicSite, readableText } from "./support/public-crawl";

// The reader pages over HTTP against stories in every workflow state: a tag or
// a person known only from unpublished work has no page, search finds only
// live stories, and a crawl from the section, tag, author, most-read and
// search pages shows nothing that is not live. Needs PostgreSQL (the test
// writes next to the running server; PGlite's folder belongs to the server).

const database = inject("e2eDatabase");
const marker = `zr${randomBytes(3).toString("hex")}`;
const secrets: string[] = [];
let handle: DatabaseHandle | null = null;
const probes = { section: "", tag: "", hiddenTag: "", author: "", hiddenAuthor: "", liveHeadline: "" };

function secret(label: string): string {
  const value = `${marker}-${label}`;
  secrets.push(value);
  return value;
}

beforeAll(async () => {
  if (database.kind !== "postgres") return;
  handle = openPostgresDatabase(database.url, { max: 2 });
  const db = handle.db;
  const reporter = await createUser(db, { name: `Reporter ${marker}` });
  const hiddenAuthor = await createUser(db, { name: secret("author-name"), slug: secret("author-slug"), bio: secret("author-bio") });
  const section = await createSection(db, { name: `Section ${marker}` });
  const tag = await createTag(db, { name: `Tag ${marker}` });
  const hiddenTag = await createTag(db, { name: secret("tag-name"), slug: secret("tag-slug") });
  for (const language of ["en", "km"] as Language[]) {
    for (const status of ARTICLE_STATUSES.filter((s) => s !== "published")) {
      const article = await createArticle(db, {
        language,
        status,
        headline: secret(`${language}-${status}-headline`),
        slug: secret(`${language}-${status}-slug`),
        body: paragraphsDoc([`${marker} ${secret(`${language}-${status}-body`)}`]),
        createdBy: reporter.id,
        bylines: [reporter.id, hiddenAuthor.id],
        sectionId: section.id,
        tagIds: [tag.id, hiddenTag.id],
      });
      if (status === "unpublished" || status === "archived") {
        await unsafeWritePublication(db, { articleId: article.id, publishedBy: null });
        await db.delete(articlePublications).where(eq(articlePublications.articleId, article.id));
      }
    }
  }
  const live = await createArticle(db, {
    status: "approved",
    headline: `${marker} live story`,
    body: paragraphsDoc([`${marker} live body`]),
    createdBy: reporter.id,
    sectionId: section.id,
    tagIds: [tag.id],
  });
  await unsafeWritePublication(db, { articleId: live.id, publishedBy: null });
  Object.assign(probes, {
    section: section.slug,
    tag: tag.slug,
    hiddenTag: hiddenTag.slug,
    author: reporter.slug,
    hiddenAuthor: hiddenAuthor.slug,
    liveHeadline: live.headline,
  });
});

afterAll(async () => {
  await handle?.close();
});

describe.runIf(database.kind === "postgres")("reader pages and unpublished work", () => {
  it("has no page for a tag or a person known only from unpublished stories", async () => {
    for (const path of [`/tags/${probes.hiddenTag}`, `/km/tags/${probes.hiddenTag}`, `/authors/${probes.hiddenAuthor}`, `/km/authors/${probes.hiddenAuthor}`]) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.status, path).toBe(404);
      const text = readableText(await response.text());
      expect(secrets.filter((value) => value !== probes.hiddenTag && value !== probes.hiddenAuthor && text.includes(value)), path).toEqual([]);
    }
    expect((await fetch(`${baseUrl()}/tags/${probes.tag}`)).status).toBe(200);
    expect((await fetch(`${baseUrl()}/authors/${probes.author}`)).status).toBe(200);
  });

  it("finds only the live story when searching words every state shares", async () => {
    for (const prefix of ["", "/km"]) {
      const text = readableText(await (await fetch(`${baseUrl()}${prefix}/search?q=${marker}`)).text());
      expect(text).toContain(probes.liveHeadline);
      expect(secrets.filter((value) => text.includes(value)), prefix || "/").toEqual([]);
    }
  });

  it("shows nothing unpublished anywhere a crawl from the listing pages reaches", async () => {
    const pages = await crawlPublicSite({
      start: [`/sections/${probes.section}`, `/km/sections/${probes.section}`, `/tags/${probes.tag}`, `/authors/${probes.author}`, "/most-read", "/km/most-read", `/search?q=${marker}`],
      limit: 150,
    });
    const corpus = readableText(pages.map((page) => page.body).join("\n"));
    expect(corpus).toContain(probes.liveHeadline);
    expect(secrets.filter((value) => corpus.includes(value) || corpus.includes(encodeURIComponent(value)))).toEqual([]);
  });
});
