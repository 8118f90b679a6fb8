import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./support/browser";

// The view counter end to end: a reader's browser opening an article page
// sends one beacon, the count goes up by one once the server has written its
// buffer (every few seconds), and a reload within 30 minutes does not count
// again. Headless Chromium's own user agent is a robot's and is not counted:
// the reader here uses an ordinary desktop Chrome user agent.

const READER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

type Story = { slug: string; language: string; url: string };

async function liveStory(): Promise<Story> {
  const response = await fetch(`${baseUrl()}/api/v1/articles?language=en&limit=1`);
  const { data } = (await response.json()) as { data: Story[] };
  if (!data[0]) throw new Error("the demo newsroom has no live English story");
  return data[0];
}

async function viewsOf(story: Story): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/v1/articles/${encodeURIComponent(story.slug)}?language=${story.language}`, { cache: "no-store" });
  return ((await response.json()) as { data: { views: number } }).data.views;
}

async function waitForViews(story: Story, expected: number, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let views = await viewsOf(story);
  while (views !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    views = await viewsOf(story);
  }
  return views;
}

/** Opens a page and returns the status of the view beacon it sent. */
async function openAndCatchBeacon(page: Page, path: string, reload = false): Promise<number> {
  const beacon = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/views" && response.request().method() === "POST", {
    timeout: 15_000,
  });
  if (reload) await page.reload();
  else await page.goto(path);
  return (await beacon).status();
}

describe("view beacon", () => {
  let browser: Browser;
  let story: Story;
  let path: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    story = await liveStory();
    path = new URL(story.url).pathname;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("counts a reader's page view once, and not again on a reload within 30 minutes", async () => {
    const before = await viewsOf(story);
    const context = await browser.newContext({ baseURL: baseUrl(), userAgent: READER_UA });
    const page = await context.newPage();

    expect(await openAndCatchBeacon(page, path)).toBe(202);
    expect(await waitForViews(story, before + 1)).toBe(before + 1);

    expect(await openAndCatchBeacon(page, path, true)).toBe(204);
    // Long enough for at least one more write of the server's buffer: a second count would show.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await viewsOf(story)).toBe(before + 1);
    // Readers see no cookie from the counter.
    expect((await context.cookies()).filter((cookie) => !cookie.name.startsWith("next-auth"))).toEqual([]);
    await context.close();
  });

  it("refuses what is not a beacon for a live story, saying why, with the site's headers", async () => {
    const send = (body: string, userAgent = READER_UA) =>
      fetch(`${baseUrl()}/api/views`, { method: "POST", body, headers: { "content-type": "text/plain", "user-agent": userAgent, "x-forwarded-for": "192.0.2.77" } });
    const cases: [string, number, string][] = [
      ["not json", 400, 'The body must be JSON like {"articleId": "<uuid>"}.'],
      [JSON.stringify({ articleId: "42" }), 400, "articleId must be a story's id (a UUID)."],
      [JSON.stringify({ articleId: "00000000-0000-4000-8000-000000000000" }), 404, "No published story has this id."],
      ["x".repeat(5_000), 413, "A view beacon is at most 1024 bytes."],
    ];
    for (const [body, status, error] of cases) {
      const response = await send(body);
      expect(response.status, body.slice(0, 40)).toBe(status);
      expect(await response.json()).toEqual({ error });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      // Answered by the production server's fast path (lib/server/view-beacon-fast-path.mjs),
      // not Next's route, whose answers vary on its router headers.
      expect(response.headers.get("vary")).toBeNull();
    }
  });

  it("does not count headless Chromium with its own user agent", async () => {
    const context = await browser.newContext({ baseURL: baseUrl() });
    const page = await context.newPage();
    expect(await openAndCatchBeacon(page, path)).toBe(204);
    await context.close();
  });
});
