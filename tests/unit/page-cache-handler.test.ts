import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { IncrementalCache } from "next/dist/server/lib/incremental-cache";
import { SharedCacheControls } from "next/dist/server/lib/incremental-cache/shared-cache-controls.external";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { afterAll, describe, expect, it } from "vitest";
import { FrontCache } from "@/lib/server/front-cache.mjs";
import PageCacheHandler, { MAX_ROUTE_LIFETIMES } from "@/lib/server/page-cache-handler.mjs";

// The page cache Next is configured with (next.config.ts cacheHandler): Next's
// own file-system cache, run for real on a temp folder, except that a 404 for
// an address with nothing on disk stays in memory only.

const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-page-cache-"));
const serverDir = path.join(distDir, "server");
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

function openCache(flushToDisk = true) {
  return new PageCacheHandler({ fs: nodeFs, flushToDisk, serverDistDir: serverDir, maxMemoryCacheSize: 10 * 1024 * 1024, revalidatedTags: [], _requestHeaders: {} });
}

const ROUTE = `/route-cache/APP_PAGE/${"a".repeat(64)}/$`;
let counter = 0;
/** A fresh cache key for an address under the article route. */
const keyFor = (slug = `story-${++counter}`) => `${ROUTE}/articles/${slug}`;

type StoredValue = Parameters<PageCacheHandler["set"]>[1];
type ReadContext = Parameters<PageCacheHandler["get"]>[1];

// Next's kinds are const enums, which a test compiled file by file cannot
// reference; their values are these strings.
function page(status: number, html: string): StoredValue {
  return { kind: "APP_PAGE", html, rscData: Buffer.from(`0:${html}`), headers: {}, postponed: undefined, status, segmentData: undefined } as unknown as StoredValue;
}
// Next's map of address lifetimes: a static field its types mark private.
const routeLifetimes = (SharedCacheControls as unknown as { cacheControls: Map<string, unknown> }).cacheControls;

const readPage = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false } as unknown as ReadContext;

const context = { cacheControl: { revalidate: 60, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
const htmlFile = (key: string) => path.join(serverDir, `${key}.html`);

describe("page cache handler", () => {
  it("writes a found page to disk and keeps it in memory", async () => {
    const cache = openCache();
    const key = keyFor();
    await cache.set(key, page(200, "<p>A story</p>"), context);
    expect(fs.readFileSync(htmlFile(key), "utf8")).toBe("<p>A story</p>");
    const entry = await cache.get(key, readPage);
    expect(entry?.value).toMatchObject({ kind: "APP_PAGE", status: 200 });
  });

  it("keeps a 404 for an address with nothing on disk in memory only", async () => {
    const cache = openCache();
    const key = keyFor("no-such-story");
    await cache.set(key, page(404, "<p>Not found</p>"), context);
    expect(fs.existsSync(htmlFile(key))).toBe(false);
    expect(fs.existsSync(path.join(serverDir, `${key}.meta`))).toBe(false);
    const entry = await cache.get(key, readPage);
    expect(entry?.value).toMatchObject({ kind: "APP_PAGE", status: 404 });
  });

  it("writes a 404 over a page that was on disk, so a restart cannot serve the old page", async () => {
    const key = keyFor();
    await openCache().set(key, page(200, "<p>Published story</p>"), context);
    await openCache().set(key, page(404, "<p>Not found</p>"), context);
    expect(fs.readFileSync(htmlFile(key), "utf8")).toBe("<p>Not found</p>");
    expect(JSON.parse(fs.readFileSync(path.join(serverDir, `${key}.meta`), "utf8"))).toMatchObject({ status: 404 });
  });

  it("writes a 404 over a page `next build` prerendered at the address's own path", async () => {
    const key = keyFor("prerendered");
    fs.mkdirSync(path.join(serverDir, "app", "articles"), { recursive: true });
    fs.writeFileSync(path.join(serverDir, "app", "articles", "prerendered.meta"), "{}");
    expect(await openCache().hasFilesOnDisk(key)).toBe(true);
    await openCache().set(key, page(404, "<p>Not found</p>"), context);
    expect(fs.readFileSync(htmlFile(key), "utf8")).toBe("<p>Not found</p>");
  });

  it("counts a page whose body is on disk before its .meta is", async () => {
    const key = keyFor();
    fs.mkdirSync(path.dirname(htmlFile(key)), { recursive: true });
    fs.writeFileSync(htmlFile(key), "<p>Being written</p>");
    expect(await openCache().hasFilesOnDisk(key)).toBe(true);
    expect(await openCache().hasFilesOnDisk(keyFor())).toBe(false);
  });

  it("still writes other pages to disk while and after a 404 is stored", async () => {
    const cache = openCache();
    const missing = keyFor("missing-at-the-same-time");
    const found = keyFor();
    await Promise.all([cache.set(missing, page(404, "<p>Not found</p>"), context), cache.set(found, page(200, "<p>Found</p>"), context)]);
    expect(fs.existsSync(htmlFile(missing))).toBe(false);
    expect(fs.readFileSync(htmlFile(found), "utf8")).toBe("<p>Found</p>");
    await cache.set(keyFor("later"), page(200, "<p>Later</p>"), context);
    expect(fs.existsSync(htmlFile(keyFor("later")))).toBe(true);
  });

  it("keeps Next's data cache (unstable_cache: feeds, sitemaps, page-tag markers) in memory only", async () => {
    const cache = openCache();
    const key = "0123456789abcdef".repeat(4);
    const entry = { kind: "FETCH", data: { headers: {}, body: "true", status: 200, url: "" }, revalidate: 31536000 } as unknown as StoredValue;
    const fetchContext = { fetchCache: true, fetchIdx: 1, fetchUrl: "unstable_cache /articles/random  ", tags: ["pub:story:en:abc"] };
    await cache.set(key, entry, fetchContext as unknown as Parameters<PageCacheHandler["set"]>[2]);
    expect(fs.existsSync(path.join(distDir, "cache", "fetch-cache", key))).toBe(false);
    const read = await cache.get(key, { kind: "FETCH", fetchUrl: fetchContext.fetchUrl, fetchIdx: 1, tags: fetchContext.tags, softTags: [] } as unknown as ReadContext);
    expect(read?.value).toMatchObject({ kind: "FETCH", data: { body: "true" } });
  });

  it("writes nothing to disk when Next asks it not to (development)", async () => {
    const key = keyFor();
    await openCache(false).set(key, page(200, "<p>Draft build</p>"), context);
    expect(fs.existsSync(htmlFile(key))).toBe(false);
  });

  // Through Next's own IncrementalCache, which remembers each address's
  // lifetime in SharedCacheControls before it calls the handler.
  it("keeps Next's map of address lifetimes to a fixed size, and a forgotten lifetime comes back when its page is read", async () => {
    routeLifetimes.clear();
    const incrementalCache = new IncrementalCache({
      fs: nodeFs,
      dev: false,
      flushToDisk: true,
      minimalMode: false,
      serverDistDir: serverDir,
      requestHeaders: {},
      maxMemoryCacheSize: 50 * 1024 * 1024,
      previewProps: { previewModeId: "test", previewModeSigningKey: "test", previewModeEncryptionKey: "test" },
      prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: "test", previewModeSigningKey: "test", previewModeEncryptionKey: "test" } },
      CurCacheHandler: PageCacheHandler,
      allowedRevalidateHeaderKeys: undefined,
      fetchCacheKeyPrefix: undefined,
      locales: undefined,
    } as unknown as ConstructorParameters<typeof IncrementalCache>[0]);
    const route = { kind: "APP_PAGE", sourceRoute: "/(en)/articles/[slug]/page" };
    const store = { route, cacheControl: { revalidate: 60, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
    // set() is overloaded by kind; these are pages, stored as Next's response cache stores them.
    const storeResponse = incrementalCache.set.bind(incrementalCache) as (pathname: string, data: unknown, ctx: unknown) => Promise<void>;
    type GetContext = Parameters<IncrementalCache["get"]>[1];

    // A crawler asking for random addresses: each answer is a 404 Next stores.
    const total = MAX_ROUTE_LIFETIMES + 50;
    for (let n = 0; n < total; n++) await storeResponse(`/articles/random-${n}`, page(404, "<p>Not found</p>"), store);
    expect(routeLifetimes.size).toBe(MAX_ROUTE_LIFETIMES);
    const remembered = [...routeLifetimes.keys()];
    expect(remembered.some((key) => key.endsWith("/articles/random-0"))).toBe(false);
    expect(remembered.at(-1)).toMatch(/\/articles\/random-10049$/);

    // The oldest address's page is still cached, with its own lifetime: it is
    // served fresh (not re-rendered) and its lifetime is remembered again.
    const read = { kind: "APP_PAGE", route, isRoutePPREnabled: false, isFallback: false } as unknown as GetContext;
    const entry = await incrementalCache.get("/articles/random-0", read);
    expect(entry?.value).toMatchObject({ kind: "APP_PAGE", status: 404 });
    expect(entry?.isStale).toBeFalsy();
    expect(entry?.cacheControl).toMatchObject({ revalidate: 60 });
    expect([...routeLifetimes.keys()].at(-1)).toMatch(/\/articles\/random-0$/);
    routeLifetimes.clear();
  }, 60_000);

  it("empties the production server's front cache when a page is invalidated, after marking the tag", async () => {
    const cache = openCache();
    const front = new FrontCache();
    try {
      const emptied: number[] = [];
      // What the front cache holds stands in for a page kept a second ago.
      (front.entries as Map<string, unknown>).set("/articles/a-story\n", { status: 200, headers: {}, body: Buffer.from("old"), storedAt: 0, expiresAt: Infinity });
      const invalidate = front.invalidate.bind(front);
      front.invalidate = () => {
        emptied.push(Date.now());
        invalidate();
      };
      const before = Date.now();
      await cache.revalidateTag(["story:en:a-story"], { expire: 0 });
      expect(front.entries.size).toBe(0);
      expect(emptied).toHaveLength(1);
      // Next's own mark is there by then: the request that follows renders anew.
      const { tagsManifest } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external");
      expect(tagsManifest.get("story:en:a-story")?.expired).toBeGreaterThanOrEqual(before);
    } finally {
      front.close();
    }
  });
});
