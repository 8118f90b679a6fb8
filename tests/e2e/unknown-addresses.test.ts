import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { slugify } from "@/lib/slug";
import { baseUrl, launchBrowser } from "./support/browser";
import { cachedDataFiles, cachedPageFiles } from "./support/page-cache-files";
import { contextMaker } from "./support/story-editor-page";
import { publishStory } from "./support/workflow";

// Addresses that lead nowhere are answered with the site's 404 and kept in
// the memory cache, but leave nothing on disk (lib/server/page-cache-handler.mjs):
// a crawler or a script walking random addresses cannot fill the server's disk,
// neither with pages nor with the data-cache entries that tag them.

const marker = `zq${randomBytes(4).toString("hex")}`;
const addresses = [
  `/${marker}`,
  `/${marker}/deeper`,
  `/articles/${marker}`,
  `/km/articles/${marker}`,
  `/tags/${marker}`,
  `/km/sections/${marker}`,
  `/authors/${marker}`,
  `/sections/${marker}/feed.xml`,
];

let browser: Browser;
const signedIn = contextMaker(() => browser, "10.0.47");

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function get(address: string) {
  const response = await fetch(`${baseUrl()}${address}`);
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), body: await response.text() };
}

describe("addresses that lead nowhere", () => {
  it("answer 404 twice, the second time from the cache, and leave no file on disk", async () => {
    const dataFilesBefore = cachedDataFiles();
    for (const address of addresses) {
      const first = await get(address);
      expect(first.status, address).toBe(404);
      if (address.endsWith(".xml")) continue;
      expect(first.body, address).toContain(messagesFor(address.startsWith("/km/") ? "km" : "en").notFoundTitle);
      // Next stores the page as it answers; a request right behind the first
      // may still find it being stored.
      await expect
        .poll(
          async () => {
            const again = await get(address);
            return [again.status, again.cache];
          },
          { timeout: 3_000 },
        )
        .toEqual([404, "HIT"]);
    }
    // Next writes its cache files after answering; give it time to have done so.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const address of addresses) expect(cachedPageFiles(address), address).toEqual([]);
    expect(cachedDataFiles().filter((file) => !dataFilesBefore.includes(file))).toEqual([]);
  });

  it("holding a NUL character (which PostgreSQL refuses) answer 404, or search without it, never with a server error", async () => {
    for (const address of ["/articles/%00", "/km/articles/abc%00", "/tags/%00", "/km/authors/%00", "/sections/%00/feed.xml", "/api/v1/articles/%00"]) {
      expect((await get(address)).status, address).toBe(404);
    }
    for (const address of ["/search?q=%00", "/search?q=river%00&section=%00", "/km/search?q=%00"]) {
      expect((await get(address)).status, address).toBe(200);
    }
    const api = await get("/api/v1/articles?section=%00");
    expect(api.status).toBe(400);
    expect(api.body).toContain("section must be a slug");
  });

  it("with a broken percent-encoding answer 400 with a reason (Next's router answered 500), and pages refuse PUT and DELETE", async () => {
    for (const address of ["/articles/%E0%A4", "/%ZZ", "/km/%E0", "/api/v1/articles/%ZZ"]) {
      const answer = await get(address);
      expect(answer.status, address).toBe(400);
      expect(answer.body).toContain("This address is broken");
    }
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const response = await fetch(`${baseUrl()}/`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
    }
    // Route handlers still answer for their own methods.
    expect((await fetch(`${baseUrl()}/api/v1/articles`, { method: "DELETE" })).status).toBe(405);
    expect((await fetch(`${baseUrl()}/api/v1/articles`)).status).toBe(200);
  });

  it("still leave a page that exists on disk", async () => {
    for (const address of ["/", "/km", "/most-read"]) expect((await get(address)).status, address).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const address of ["/", "/km", "/most-read"]) expect(cachedPageFiles(address).map((file) => file.slice(file.lastIndexOf("."))), address).toContain(".html");
  });

  it("give way to a story published at that address, at once", async () => {
    const headline = `Ferry crews on the Mekong ask for life jackets ${marker}`;
    const path = `/articles/${slugify(headline)}`;
    expect((await get(path)).status).toBe(404);
    await expect.poll(async () => (await get(path)).cache, { timeout: 3_000 }).toBe("HIT");

    const newsroom = await signedIn("editor");
    await publishStory(newsroom.page, {
      headline,
      standfirst: "The crews say the boats carry twice the passengers they were built for.",
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Three ferries cross at Neak Loeung every hour." }] }] },
    });
    await newsroom.context.close();

    const story = await get(path);
    expect(story.status).toBe(200);
    expect(story.body).toContain(headline);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(cachedPageFiles(path).some((file) => file.endsWith(".html"))).toBe(true);
  });
});
