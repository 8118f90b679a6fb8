import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRobotsTxt, buildSitemapFileXml, buildSitemapIndexXml, parseSitemapFile, type SitemapFile } from "@/lib/public/sitemaps";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createTag, createUser } from "../support/factories";
import { createSyndicationWorld, SITE_URL, type SyndicationWorld } from "../support/syndication-fixtures";

let t: TestDatabase;
let w: SyndicationWorld;
const SECRET_TAG = "Minister resignation talks";
let secretAuthorSlug = "";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name) });
type Node = Record<string, unknown>;

function parse(xml: string | null): Node {
  if (xml === null) throw new Error("no sitemap");
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Node;
}

async function urls(file: SitemapFile): Promise<Node[]> {
  const doc = parse(await buildSitemapFileXml(t.db, file));
  return ((doc.urlset as Node).url as Node[] | undefined) ?? [];
}

function alternates(url: Node): Record<string, string> {
  return Object.fromEntries(((url["xhtml:link"] as Node[] | undefined) ?? []).map((link) => [String(link["@hreflang"]), String(link["@href"])]));
}

const articleUrl = (language: "en" | "km", slug: string) => `${SITE_URL}${language === "km" ? "/km" : ""}/articles/${encodeURIComponent(slug)}`;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await createSyndicationWorld(t.db);
  // A tag and an author known only from an unpublished story: neither may appear.
  const secretTag = await createTag(t.db, { name: SECRET_TAG });
  const secretAuthor = await createUser(t.db, { name: "Hidden Stringer" });
  secretAuthorSlug = secretAuthor.slug;
  await createArticle(t.db, { status: "in_review", tagIds: [secretTag.id], createdBy: secretAuthor.id, headline: "Not yet" });
});

afterAll(() => t?.close());

describe("sitemaps", () => {
  it("indexes the pages file, the news file and one article file", async () => {
    const doc = parse(await buildSitemapIndexXml(t.db));
    const locs = ((doc.sitemapindex as Node).sitemap as Node[]).map((s) => s.loc);
    expect(locs).toEqual([`${SITE_URL}/sitemaps/pages.xml`, `${SITE_URL}/sitemaps/news.xml`, `${SITE_URL}/sitemaps/articles-1.xml`]);
  });

  it("lists every live story in both languages, with hreflang alternates for translations, and no draft", async () => {
    const entries = await urls({ kind: "articles", page: 1 });
    expect(entries.map((u) => u.loc).sort()).toEqual(
      [
        articleUrl("en", w.riverEn.slug),
        articleUrl("km", w.riverKm.slug),
        articleUrl("km", w.budgetKm.slug),
        articleUrl("en", w.electionEn.slug),
        articleUrl("en", w.archiveEn.slug),
      ].sort(),
    );
    const river = entries.find((u) => u.loc === articleUrl("en", w.riverEn.slug))!;
    expect(alternates(river)).toEqual({ en: articleUrl("en", w.riverEn.slug), km: articleUrl("km", w.riverKm.slug) });
    const riverKm = entries.find((u) => u.loc === articleUrl("km", w.riverKm.slug))!;
    expect(alternates(riverKm)).toEqual({ km: articleUrl("km", w.riverKm.slug), en: articleUrl("en", w.riverEn.slug) });
    expect(alternates(entries.find((u) => u.loc === articleUrl("en", w.electionEn.slug))!)).toEqual({});
    expect(String(river.lastmod)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await buildSitemapFileXml(t.db, { kind: "articles", page: 2 })).toBeNull();
  });

  it("lists the homes, and the sections, tags and authors that have live stories, per language", async () => {
    const locs = (await urls({ kind: "pages" })).map((u) => String(u.loc));
    expect(locs).toEqual(
      expect.arrayContaining([
        `${SITE_URL}/`,
        `${SITE_URL}/km`,
        `${SITE_URL}/sections/${w.environment.slug}`,
        `${SITE_URL}/km/sections/${w.environment.slug}`,
        `${SITE_URL}/sections/${w.politics.slug}`,
        `${SITE_URL}/km/sections/${w.politics.slug}`,
        `${SITE_URL}/tags/${w.mekong.slug}`,
        `${SITE_URL}/km/tags/${w.mekong.slug}`,
        `${SITE_URL}/tags/${w.elections.slug}`,
        `${SITE_URL}/authors/${w.reporter.slug}`,
        `${SITE_URL}/km/authors/${w.reporter.slug}`,
        `${SITE_URL}/authors/${w.editor.slug}`,
        `${SITE_URL}/km/authors/${w.editor.slug}`,
      ]),
    );
    expect(locs).toHaveLength(13);
    const xml = (await buildSitemapFileXml(t.db, { kind: "pages" }))!;
    expect(xml).not.toContain(secretAuthorSlug);
    expect(xml).not.toContain("minister-resignation");

    const home = (await urls({ kind: "pages" }))[0]!;
    expect(alternates(home)).toEqual({ en: `${SITE_URL}/`, km: `${SITE_URL}/km`, "x-default": `${SITE_URL}/` });
  });

  it("gives Google News the stories of the last 48 hours with publication name, language, date and title", async () => {
    const entries = await urls({ kind: "news" });
    expect(entries.map((u) => u.loc)).toEqual([articleUrl("en", w.riverEn.slug), articleUrl("km", w.riverKm.slug), articleUrl("km", w.budgetKm.slug)]);
    const [river, riverKm] = entries.map((u) => u["news:news"] as Node);
    expect(river).toMatchObject({
      "news:publication": { "news:name": "The Mekong Ledger", "news:language": "en" },
      "news:title": "River levels fall early as dry season begins",
    });
    expect(riverKm).toMatchObject({ "news:publication": { "news:name": "កាសែតមេគង្គ", "news:language": "km" }, "news:title": w.riverKm.headline });
    expect(String(river?.["news:publication_date"])).toBe(new Date(w.now.getTime() - 60 * 60 * 1000).toISOString());
  });

  it("reads sitemap file names and refuses others", () => {
    expect(parseSitemapFile("pages.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapFile("news.xml")).toEqual({ kind: "news" });
    expect(parseSitemapFile("articles-12.xml")).toEqual({ kind: "articles", page: 12 });
    for (const bad of ["articles-0.xml", "articles-01.xml", "articles-x.xml", "../pages.xml", "pages.xml.gz", "articles-9999999.xml"]) {
      expect(parseSitemapFile(bad), bad).toBeNull();
    }
  });
});

describe("robots.txt", () => {
  it("allows the public site, keeps crawlers out of the newsroom and private APIs, and names the sitemaps", async () => {
    const lines = (await buildRobotsTxt(t.db)).split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "User-agent: *",
        "Allow: /",
        "Disallow: /newsroom",
        "Disallow: /api/auth",
        "Disallow: /preview/",
        "Disallow: /km/preview/",
        `Sitemap: ${SITE_URL}/sitemap.xml`,
        `Sitemap: ${SITE_URL}/sitemaps/news.xml`,
      ]),
    );
    expect(lines.filter((line) => line.startsWith("Disallow:")).some((line) => line === "Disallow: /" || line.startsWith("Disallow: /articles"))).toBe(false);
  });
});
