import postgres from "postgres";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl, checkAccessibility, describeViolations, launchBrowser, newPage } from "./support/browser";

// The built app, started in demo mode by the e2e global setup, answers its
// health check and shows readers the demo newsroom's published stories.

/** Headlines readers may see in English, newest first, when the app's database can be read from here. */
async function publishedEnglishHeadlines(): Promise<string[] | null> {
  const database = inject("e2eDatabase");
  // PGlite's folder belongs to the server process while it runs: opening it here could corrupt it.
  if (database.kind !== "postgres") return null;
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ headline: string }[]>`
      select headline from article_publications where language = 'en' order by published_at desc`;
    return rows.map((row) => row.headline);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe("smoke", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("answers /api/health with 200 and says the database is up", async () => {
    const response = await fetch(`${baseUrl()}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
  });

  it("lists the published demo stories on the home page, each a link to its page", async () => {
    const page = await newPage(browser);
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    expect((await page.locator("h1").first().textContent())?.trim()).toBeTruthy();

    const links = page.locator('main a[href^="/articles/"]');
    const headlines = (await links.allTextContents()).map((text) => text.trim());
    expect(headlines.length).toBeGreaterThan(0);
    expect(headlines.every((headline) => headline.length > 0)).toBe(true);

    const published = await publishedEnglishHeadlines();
    if (published) {
      // Only live stories are listed, and the newest is among them.
      expect(published).toEqual(expect.arrayContaining(headlines));
      expect(headlines).toContain(published[0]);
    }

    const first = headlines[0] ?? "";
    await links.first().click();
    await page.waitForURL(/\/articles\//);
    expect((await page.locator("h1").allTextContents()).map((text) => text.trim())).toContain(first);
    await page.context().close();
  });

  it("has no WCAG A or AA violations that axe finds on the home page", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    const violations = await checkAccessibility(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
