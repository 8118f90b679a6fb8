import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFeedXml } from "@/lib/public/feeds";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createSyndicationWorld, SITE_URL, type SyndicationWorld } from "../support/syndication-fixtures";

let t: TestDatabase;
let w: SyndicationWorld;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name, jpath) => ["item", "entry", "category", "author"].includes(name) || (name === "link" && String(jpath).startsWith("feed.")) || name === "atom:link",
});

type Node = Record<string, unknown>;

async function feed(format: "rss" | "atom", scope: { language?: "en" | "km"; sectionSlug?: string }): Promise<{ xml: string; doc: Node }> {
  const xml = await buildFeedXml(t.db, format, scope);
  if (xml === null) throw new Error("no feed");
  // A real XML parser must accept it as well-formed before we look inside.
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, doc: parser.parse(xml) as Node };
}

function rssItems(doc: Node): Node[] {
  return (((doc.rss as Node).channel as Node).item as Node[] | undefined) ?? [];
}

function atomEntries(doc: Node): Node[] {
  return ((doc.feed as Node).entry as Node[] | undefined) ?? [];
}

const text = (value: unknown): string => (typeof value === "object" && value !== null ? String((value as Node)["#text"] ?? "") : String(value ?? ""));

beforeAll(async () => {
  t = await createTestDatabase();
  w = await createSyndicationWorld(t.db);
});

afterAll(() => t?.close());

describe("RSS 2.0", () => {
  it("lists exactly a language's live stories, newest first, and no draft", async () => {
    const { xml, doc } = await feed("rss", { language: "en" });
    const rss = doc.rss as Node;
    expect(rss["@version"]).toBe("2.0");
    const channel = rss.channel as Node;
    expect(channel.title).toBe("The Mekong Ledger");
    expect(channel.language).toBe("en");
    expect(channel.link).toBe(`${SITE_URL}/`);
    expect(rssItems(doc).map((item) => item.link)).toEqual(
      [w.riverEn, w.electionEn, w.archiveEn].map((a) => `${SITE_URL}/articles/${a.slug}`),
    );
    expect(xml).not.toContain(w.draftEn.headline);
    expect(xml).not.toContain(w.draftEn.slug);

    const km = await feed("rss", { language: "km" });
    expect(((km.doc.rss as Node).channel as Node).title).toBe("កាសែតមេគង្គ");
    expect(rssItems(km.doc).map((item) => text(item.title))).toEqual([w.riverKm.headline, w.budgetKm.headline]);
  });

  it("gives each item its full text, summary, byline, categories and lead image", async () => {
    const { doc } = await feed("rss", { language: "en" });
    const river = rssItems(doc)[0]!;
    expect(text(river.title)).toBe("River levels fall early as dry season begins");
    expect(text(river.description)).toBe("Fishermen on the Tonle Sap say the catch is already down.");
    expect(river["dc:creator"]).toBe("Dara Keo");
    expect(river.pubDate).toBe(new Date(w.now.getTime() - 60 * 60 * 1000).toUTCString());
    expect((river.category as Node[]).map((c) => [text(c), c["@domain"]])).toEqual([
      ["Environment", `${SITE_URL}/sections/${w.environment.slug}`],
      ["Mekong", `${SITE_URL}/tags/${w.mekong.slug}`],
    ]);
    const enclosure = river.enclosure as Node;
    expect(enclosure["@url"]).toBe(`${SITE_URL}/media/${w.lead.storageKey}`);
    expect(enclosure["@type"]).toBe("image/webp");
    expect(enclosure["@length"]).toBe(String(w.lead.byteSize));

    const html = text(river["content:encoded"]);
    expect(html).toContain("<p>The river fell a metre in a week, officials said.</p>");
    expect(html).toContain(`<img src="${SITE_URL}/media/${w.inline.storageKey}" alt="A flooded rice field" width="1600" height="1067"/>`);
    expect(html).toContain("<figcaption>A field near Kratie. — Maly Sok</figcaption>");
    expect(html).toContain(`<a href="https://example.org/report">commission's report</a>`);
    // Text that looks like markup stays text.
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.");
    expect(html).not.toContain("<script");
    expect(html).toContain('<blockquote class="pull-quote"><p>We have never seen it so low.</p></blockquote>');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Watch the video on YouTube</a>');
    expect(html).not.toContain("<iframe");
  });

  it("lists one section's stories in one language", async () => {
    const en = await feed("rss", { language: "en", sectionSlug: w.politics.slug });
    expect(rssItems(en.doc).map((item) => text(item.title))).toEqual([w.electionEn.headline]);
    expect(((en.doc.rss as Node).channel as Node).title).toBe("Politics | The Mekong Ledger");
    const km = await feed("rss", { language: "km", sectionSlug: w.politics.slug });
    expect(rssItems(km.doc).map((item) => text(item.title))).toEqual([w.budgetKm.headline]);
    expect(((km.doc.rss as Node).channel as Node).title).toBe("នយោបាយ | កាសែតមេគង្គ");
    expect(await buildFeedXml(t.db, "rss", { language: "en", sectionSlug: "no-such-section" })).toBeNull();
  });

  it("lists both languages together in the whole-site feed", async () => {
    const { doc } = await feed("rss", {});
    expect(rssItems(doc).map((item) => item.link)).toEqual([
      `${SITE_URL}/articles/${w.riverEn.slug}`,
      `${SITE_URL}/km/articles/${encodeURIComponent(w.riverKm.slug)}`,
      `${SITE_URL}/km/articles/${encodeURIComponent(w.budgetKm.slug)}`,
      `${SITE_URL}/articles/${w.electionEn.slug}`,
      `${SITE_URL}/articles/${w.archiveEn.slug}`,
    ]);
    expect((((doc.rss as Node).channel as Node)["atom:link"] as Node[])[0]?.["@href"]).toBe(`${SITE_URL}/api/feeds/feed.xml`);
  });
});

describe("Atom 1.0", () => {
  it("lists the same stories with authors, categories, summary, content and enclosure", async () => {
    const { xml, doc } = await feed("atom", { language: "en" });
    const root = doc.feed as Node;
    expect(root["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(root.id).toBe(`${SITE_URL}/atom.xml`);
    const entries = atomEntries(doc);
    expect(entries.map((entry) => entry.id)).toEqual([w.riverEn, w.electionEn, w.archiveEn].map((a) => `${SITE_URL}/articles/${a.slug}`));
    expect(xml).not.toContain(w.draftEn.headline);

    const election = entries[1]!;
    expect((election.author as Node[]).map((a) => [a.name, a.uri])).toEqual([
      ["Maly Sok", `${SITE_URL}/authors/${w.editor.slug}`],
      ["Dara Keo", `${SITE_URL}/authors/${w.reporter.slug}`],
    ]);
    expect((election.category as Node[]).map((c) => [c["@term"], c["@label"]])).toEqual([
      [w.politics.slug, "Politics"],
      [w.elections.slug, "Elections"],
    ]);
    const river = entries[0]!;
    expect((river.link as Node[]).find((l) => l["@rel"] === "enclosure")?.["@href"]).toBe(`${SITE_URL}/media/${w.lead.storageKey}`);
    expect(text(river.content)).toContain("The river fell a metre in a week");
    expect(text(river.summary)).toBe("Fishermen on the Tonle Sap say the catch is already down.");
  });

  it("links the Khmer section feed to its own address", async () => {
    const { doc } = await feed("atom", { language: "km", sectionSlug: w.environment.slug });
    expect((doc.feed as Node).id).toBe(`${SITE_URL}/km/sections/${w.environment.slug}/atom.xml`);
    expect(atomEntries(doc).map((entry) => text(entry.title))).toEqual([w.riverKm.headline]);
  });
});
