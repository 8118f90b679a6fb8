import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, checkAccessibility, describeViolations, launchBrowser, newPage } from "./support/browser";
import { randomBytes } from "node:crypto";
import { KHMER_FACES } from "@/lib/fonts/khmer-faces";
import { readableText } from "./support/public-crawl";
import { contextMaker } from "./support/story-editor-page";
import { openWorkflow, publishStory } from "./support/workflow";

// A reader on the built site (demo newsroom): home, a section, a story with
// its photo caption and credit, the Khmer version, search, a byline; every
// page type passes axe in both languages and both colour schemes; the
// keyboard reaches everything with a skip link and visible focus; public pages
// are cacheable by a CDN and ship no newsroom code.

let browser: Browser;
const signedIn = contextMaker(() => browser, "10.0.31");

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The address of the first link the selector finds, or null when there is none (without waiting for one). */
async function firstHref(page: Page, selector: string): Promise<string | null> {
  const links = await page.locator(selector).evaluateAll((found) => found.map((a) => a.getAttribute("href")));
  return links[0] ?? null;
}

/** The longest Khmer word ICU finds in a text: something a reader might search for. */
function khmerWord(text: string): string {
  const words = [...new Intl.Segmenter("km", { granularity: "word" }).segment(text)]
    .filter((segment) => segment.isWordLike && /[\u1780-\u17ff]/.test(segment.segment))
    .map((segment) => segment.segment);
  return words.sort((a, b) => b.length - a.length)[0] ?? "";
}

/** A live English story on the front page that has a lead photo and a Khmer version. */
async function storyWithPhotoAndTranslation(page: Page): Promise<string> {
  await page.goto("/");
  const paths = await page.locator('main a[href^="/articles/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href") ?? ""))]);
  for (const path of paths) {
    await page.goto(path);
    if ((await page.locator("main > article figure figcaption").count()) > 0 && (await page.locator('header a[hreflang="km"][href^="/km/articles/"]').count()) > 0) return path;
  }
  throw new Error(`None of the front page's stories (${paths.join(", ")}) has a lead photo and a Khmer version`);
}

describe("a reader", () => {
  it("goes from the front page to a section and a story, reads it in Khmer, searches, and follows a byline", async () => {
    const page = await newPage(browser);
    const storyPath = await storyWithPhotoAndTranslation(page);
    const headline = (await page.locator("h1").textContent())?.trim() ?? "";
    const sectionName = (await page.locator('main > article header a[href^="/sections/"]').first().textContent())?.trim() ?? "";

    // Front page, then the story's section from the navigation bar.
    await page.goto("/");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: sectionName, exact: true }).click();
    await page.waitForURL(/\/sections\//);
    expect((await page.locator("h1").textContent())?.trim()).toBe(sectionName);

    // The story from the section's list: headline, photo with caption and credit, dates, view count.
    await page.getByRole("link", { name: headline, exact: true }).click();
    await page.waitForURL((url) => url.pathname === storyPath);
    expect((await page.locator("h1").textContent())?.trim()).toBe(headline);
    const figure = page.locator("main > article figure").first();
    const photo = figure.locator("img");
    expect(await photo.getAttribute("alt")).toBeTruthy();
    expect(Number(await photo.getAttribute("width"))).toBeGreaterThan(0);
    expect(Number(await photo.getAttribute("height"))).toBeGreaterThan(0);
    expect(await photo.getAttribute("srcset")).toMatch(/\d+w/);
    expect((await figure.locator("figcaption").textContent())?.trim()).toMatch(/^.+ \(Illustration: Masthead demo\)$/);
    expect(await page.locator("main > article time[datetime]").count()).toBeGreaterThan(0);
    expect(await page.locator("main > article").textContent()).toMatch(/[\d,]+ views?/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as { "@type"?: string; headline?: string };
    expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline });

    // The Khmer version, from the language link in the header.
    await page.locator('header a[hreflang="km"]').first().click();
    await page.waitForURL(/\/km\/articles\//);
    expect(await page.locator("html").getAttribute("lang")).toBe("km");
    const khmerHeadline = (await page.locator("h1").textContent())?.trim() ?? "";
    expect(khmerHeadline).toMatch(/[\u1780-\u17ff]/);
    // Dates in Khmer digits and month names.
    expect(await page.locator("main > article header time").first().textContent()).toMatch(/[០-៩]+ \S+ [០-៩]{4}/);

    // Search for a word of the headline, written (as Khmer is) without spaces around it.
    await page.getByRole("link", { name: "ស្វែងរក", exact: true }).first().click();
    await page.waitForURL(/\/km\/search/);
    await page.getByLabel("ស្វែងរកអត្ថបទ").fill(khmerWord(khmerHeadline));
    await page.getByLabel("ស្វែងរកអត្ថបទ").press("Enter");
    await page.waitForURL(/\/km\/search\?q=/);
    const result = page.getByRole("link", { name: khmerHeadline, exact: true });
    expect(await result.count()).toBe(1);
    expect(await page.locator("main mark").count()).toBeGreaterThan(0);

    // The story again, then its first byline to the author's page.
    await result.click();
    await page.waitForURL(/\/km\/articles\//);
    const byline = page.locator('main > article header a[href^="/km/authors/"]').first();
    const author = (await byline.textContent())?.trim() ?? "";
    await byline.click();
    await page.waitForURL(/\/km\/authors\//);
    expect((await page.locator("h1").textContent())?.trim()).toBe(author);
    expect(await page.getByRole("link", { name: khmerHeadline, exact: true }).count()).toBe(1);
    await page.context().close();
  });

  it("reaches everything by keyboard: a skip link first, then visible focus", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const box = active?.getBoundingClientRect();
      return { text: active?.textContent, href: active?.getAttribute("href"), width: box?.width ?? 0, top: box?.top ?? -1 };
    });
    expect(skip).toMatchObject({ text: "Skip to content", href: "#main" });
    expect(skip.width).toBeGreaterThan(20);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { tag: active.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), inMain: Boolean(active.closest("main")) };
    });
    expect(focused.tag).toBe("A");
    expect(focused.inMain).toBe(true);
    expect(focused.outline).not.toBe("none");
    expect(focused.width).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});

describe("a story with a video", () => {
  it("loads nothing from Facebook until the reader plays the video from the keyboard", async () => {
    const newsroom = await signedIn("editor");
    const headline = `Villagers film the flood from their rooftops ${randomBytes(3).toString("hex")}`;
    const { path } = await publishStory(newsroom.page, {
      headline,
      standfirst: "Their footage, shared on Facebook, showed the water rising overnight.",
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "The water rose a metre before dawn." }] },
          { type: "videoEmbed", attrs: { provider: "facebook", videoId: "10153231379946729" } },
        ],
      },
    });
    await newsroom.context.close();

    const reader = await newPage(browser);
    const facebookRequests: string[] = [];
    reader.on("request", (request) => {
      if (/(^|\.)facebook\.com$/.test(new URL(request.url()).hostname)) facebookRequests.push(request.url());
    });
    await reader.goto(path);
    await reader.getByRole("heading", { level: 1, name: headline }).waitFor();
    const placeholder = reader.getByRole("group", { name: "Facebook video" });
    await placeholder.waitFor();
    expect(await reader.locator("main iframe").count()).toBe(0);
    expect(await placeholder.getByRole("link", { name: "Watch on Facebook" }).getAttribute("href")).toBe("https://www.facebook.com/watch/?v=10153231379946729");
    const box = await placeholder.boundingBox();
    expect(box && box.width / box.height).toBeCloseTo(16 / 9, 1);
    expect(describeViolations(await checkAccessibility(reader))).toBe("");
    await reader.waitForLoadState("networkidle");
    expect(facebookRequests).toEqual([]);

    // From the keyboard: the button takes focus visibly, and Enter plays the video.
    const play = placeholder.getByRole("button", { name: "Play video from Facebook" });
    await play.focus();
    expect(await play.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe("none");
    const frameRequest = reader.waitForRequest((request) => new URL(request.url()).hostname === "www.facebook.com");
    await reader.keyboard.press("Enter");
    const frame = reader.locator("main .story-body iframe");
    await frame.waitFor();
    expect(await frame.getAttribute("src")).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=https%3A%2F%2Fwww\.facebook\.com%2Fwatch%2F%3Fv%3D10153231379946729&/);
    expect(await frame.getAttribute("title")).toBe("Facebook video");
    expect((await frameRequest).url()).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php/);
    await reader.context().close();
  });
});

describe("the newsroom's preview", () => {
  /** The story as a page shows it, minus its view count (counted between the two visits) and React's generated ids. */
  async function articleMarkup(page: Page): Promise<string> {
    const html = await page.locator("main > article").evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      for (const paragraph of copy.querySelectorAll("p")) if (/^[\d,]+ views?$/.test(paragraph.textContent ?? "")) paragraph.remove();
      return copy.outerHTML;
    });
    return html.replace(/«r[0-9a-z]+»|_r_[0-9a-z]+_/gi, "(id)");
  }

  it("of a published story renders exactly as its public page", async () => {
    const newsroom = await signedIn("editor");
    const headline = `Boat races return to the river after three years ${randomBytes(3).toString("hex")}`;
    const { id, path } = await publishStory(newsroom.page, {
      headline,
      standfirst: "Crews from every province trained through the rainy season.",
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "The first heats start at " }, { type: "text", text: "dawn", marks: [{ type: "bold" }] }, { type: "text", text: "." }] },
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Who is racing" }] },
          { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Kampong Cham" }] }] }] },
          { type: "pullQuote", content: [{ type: "text", text: "We trained every evening." }] },
          { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ" } },
        ],
      },
    });
    await openWorkflow(newsroom.page, id);
    const panel = newsroom.page.getByRole("region", { name: "Workflow" });
    await panel.getByLabel("Text", { exact: true }).fill("An earlier version gave the wrong year for the last races.");
    await panel.getByRole("button", { name: "Add correction" }).click();
    await panel.getByText("Correction added: readers see it at the foot of the story.").waitFor();

    const reader = await newPage(browser);
    await expect
      .poll(async () => {
        await reader.goto(path);
        return reader.locator("main > article #corrections").count();
      })
      .toBe(1);
    const live = await articleMarkup(reader);
    await newsroom.page.goto(`/preview/${id}`);
    expect(await newsroom.page.getByRole("note").textContent()).toMatch(/readers still see the published version/);
    const preview = await articleMarkup(newsroom.page);

    // Everything the brief names is there, so the comparison is of a full story.
    for (const part of ["<h1", "<figure", "<figcaption", "<time", 'class="story-body"', "<h2", "<ul", "pull-quote", "video-embed", 'id="corrections"', 'id="tags-heading"']) {
      expect(live, part).toContain(part);
    }
    expect(live).toContain(headline);
    expect(preview).toBe(live);
    await reader.context().close();
    await newsroom.context.close();
  });
});

describe("every kind of public page", () => {
  it("has no WCAG A or AA violations axe finds, in both languages, light and dark", async () => {
    const page = await newPage(browser);
    const paths: string[] = [];
    for (const prefix of ["", "/km"]) {
      await page.goto(prefix || "/");
      const section = await page.locator('nav a[href*="/sections/"]').first().getAttribute("href");
      // Other test files share this server and may publish stories without
      // tags: take the newest story that links to a tag and an author.
      const stories = [...new Set(await page.locator('main a[href*="/articles/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? "")))];
      if (!section || stories.length === 0) throw new Error(`No section or story linked from ${prefix || "/"}`);
      let article = "";
      let tag: string | null = null;
      let author: string | null = null;
      for (const candidate of stories) {
        await page.goto(candidate);
        tag = await firstHref(page, 'main a[href*="/tags/"]');
        author = await firstHref(page, 'main a[href*="/authors/"]');
        article = candidate;
        if (tag && author) break;
      }
      if (!tag || !author) throw new Error(`No story linked from ${prefix || "/"} links to a tag and an author`);
      const word = prefix ? khmerWord((await page.locator("h1").textContent()) ?? "") : "the river";
      paths.push(prefix || "/", section, tag, author, article, `${prefix}/search?q=${encodeURIComponent(word)}`, `${prefix}/most-read`, `${prefix}/no-such-page`);
    }
    const failures: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(path.endsWith("no-such-page") ? 404 : 200);
        await page.locator("h1").first().waitFor();
        const violations = await checkAccessibility(page);
        if (violations.length > 0) failures.push(`${path} (${colorScheme}):\n${describeViolations(violations)}`);
      }
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
    await page.context().close();
  });

  it("says the page was not found in the reader's language, with a 404 status, in the HTML itself", async () => {
    // What a reader without JavaScript (or a crawler) gets: the server's HTML.
    for (const [path, language, title] of [
      ["/no-such-page", "en", "Page not found"],
      ["/articles/no-such-story", "en", "Page not found"],
      ["/sections/no-such-section", "en", "Page not found"],
      ["/km/articles/no-such-story", "km", "រកមិនឃើញទំព័រ"],
      ["/km/no/such/page", "km", "រកមិនឃើញទំព័រ"],
    ] as const) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${language}"`);
      expect(readableText(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? ""), path).toBe(title);
      expect(html, path).toMatch(/<form[^>]*role="search"/);
      expect(html, path).toContain(`href="${language === "km" ? "/km" : "/"}"`);
      expect(html, path).toMatch(/<meta name="robots" content="noindex"/);
    }
    // The same page in a browser with JavaScript turned off, and with it on.
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, baseURL: baseUrl() });
      const page = await context.newPage();
      const response = await page.goto("/km/articles/no-such-story");
      expect(response?.status()).toBe(404);
      await page.locator("h1").waitFor();
      expect(await page.locator("h1").textContent()).toBe("រកមិនឃើញទំព័រ");
      expect(await page.getByRole("search").count()).toBe(1);
      expect(await page.locator("html").getAttribute("lang")).toBe("km");
      expect(await page.title()).toBe("រកមិនឃើញទំព័រ");
      await context.close();
    }
  });
});

describe("delivery", () => {
  it("lets a CDN cache public pages but never the newsroom, sign-in or previews", async () => {
    const home = await fetch(`${baseUrl()}/`);
    const storyPath = (await home.text()).match(/href="(\/articles\/[^"]+)"/)?.[1];
    expect(storyPath).toBeTruthy();
    for (const path of ["/", "/km", storyPath ?? "", "/most-read"]) {
      const cacheControl = (await fetch(`${baseUrl()}${path}`)).headers.get("cache-control") ?? "";
      expect(cacheControl, path).toMatch(/s-maxage=\d+/);
      expect(cacheControl, path).toContain("stale-while-revalidate");
    }
    expect((await fetch(`${baseUrl()}/search?q=river`)).headers.get("cache-control")).toMatch(/public.*s-maxage=\d+/);
    for (const path of ["/signin", "/newsroom", "/preview/00000000-0000-4000-8000-000000000000"]) {
      const cacheControl = (await fetch(`${baseUrl()}${path}`, { redirect: "manual" })).headers.get("cache-control") ?? "";
      expect(cacheControl, path).toContain("no-store");
      expect(cacheControl, path).not.toContain("s-maxage");
    }
  });

  it("fetches only the small Khmer language-name font for an English story that names its Khmer version, and two (one family, two weights, preloaded) for a Khmer story; the italic only where there is italic text", async () => {
    const page = await newPage(browser);
    const storyPath = await storyWithPhotoAndTranslation(page);
    const khmerPath = (await firstHref(page, 'main > article header a[hreflang="km"]')) ?? "";
    const fontsFetched = async (path: string) => {
      const fonts = await newPage(browser);
      const files: string[] = [];
      fonts.on("request", (request) => {
        if (request.resourceType() === "font") files.push(request.url().slice(request.url().lastIndexOf("/") + 1));
      });
      await fonts.goto(path, { waitUntil: "load" });
      await fonts.evaluate(() => document.fonts.ready.then(() => undefined));
      await fonts.close();
      return files;
    };
    const preloadedFonts = async (path: string) => {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      return [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((match) => match[1] ?? "");
    };
    const khmerFaces = KHMER_FACES.map((face) => face.href.slice(face.href.lastIndexOf("/") + 1));
    // The Khmer letters on an English story are the name of the language in
    // its two links to the Khmer version (header and story): set in a small
    // font of that word's letters, not the whole Khmer face.
    const english = await fontsFetched(storyPath);
    expect(english.filter((file) => file.includes("khmer"))).toEqual([expect.stringContaining("khmer_language_name")]);
    expect(await preloadedFonts(storyPath)).not.toEqual(expect.arrayContaining([expect.stringContaining("khmer")]));
    // A Khmer story sets headline, story and interface in one Khmer family:
    // its regular and bold, not a second family's as well, asked for with
    // the stylesheet (preloaded) so its text is not laid out twice.
    const khmer = await fontsFetched(khmerPath);
    expect(khmer.filter((file) => file.includes("khmer")).sort()).toEqual([...khmerFaces].sort());
    expect(await preloadedFonts(khmerPath)).toEqual(expect.arrayContaining(KHMER_FACES.map((face) => face.href)));
    // Served for a year: each name carries its content's hash.
    const face = await fetch(`${baseUrl()}${KHMER_FACES[0].href}`);
    expect(face.status).toBe(200);
    expect(face.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // The italic is fetched by a story that has italic text, not preloaded
    // everywhere: the front page has none. Khmer has no italics, so a Khmer
    // story's block quote fetches none either.
    expect((await fontsFetched("/")).filter((file) => file.includes("italic"))).toEqual([]);
    const storyHasItalics = (await page.locator(".story-body :is(em, i, blockquote)").count()) > 0;
    expect(english.some((file) => file.includes("italic"))).toBe(storyHasItalics);
    await page.goto(khmerPath);
    const khmerItalics = await page.locator(".story-body :is(em, i)").count();
    expect(await page.locator(".story-body blockquote").count()).toBeGreaterThan(0);
    expect(khmer.some((file) => file.includes("italic"))).toBe(khmerItalics > 0);
    await page.close();
  });

  it("fetches nothing of the other language's site until the reader goes there", async () => {
    const finder = await newPage(browser);
    const storyPath = await storyWithPhotoAndTranslation(finder);
    await finder.close();
    // Each language has its own root layout: going across is a full page
    // load, so data prefetched for the other language's pages is never used.
    for (const [path, isOtherLanguage] of [
      [storyPath, (pathname: string) => pathname === "/km" || pathname.startsWith("/km/")],
      ["/km", (pathname: string) => !pathname.startsWith("/km") && !/^\/(_next|fonts|media|api|icon)/.test(pathname)],
    ] as const) {
      const page = await newPage(browser);
      const fetched: string[] = [];
      page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(path, { waitUntil: "load" });
      // Next prefetches the links in view once the page is idle.
      await page.waitForTimeout(2_000);
      expect(fetched.filter((pathname) => pathname !== path && isOtherLanguage(pathname)), path).toEqual([]);
      expect(fetched.length, path).toBeGreaterThan(1);
      await page.close();
    }
  });

  it("ships no editor or newsroom code to a story page", async () => {
    const home = await (await fetch(`${baseUrl()}/`)).text();
    const storyPath = home.match(/href="(\/articles\/[^"]+)"/)?.[1] ?? "";
    const html = await (await fetch(`${baseUrl()}${storyPath}`)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const code = await (await fetch(`${baseUrl()}${src}`)).text();
      expect(code, src).not.toMatch(/prosemirror|@tiptap|tiptap-|next-auth/i);
    }
  });
});
