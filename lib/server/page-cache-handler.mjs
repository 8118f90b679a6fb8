// @ts-check
// Next's own page cache (an in-memory LRU over files under <distDir>/server),
// with two changes: a 404 is not written to disk for an address that has
// nothing there, and Next's data cache (unstable_cache) is kept in memory
// only.
//
// Public pages are cached on first visit, 404s included (vercel/next.js#73101,
// #96581; Next 16.4 still does it): every request for an address that does not
// exist (/articles/<anything>, /km/tags/<anything>, /<anything>) left seven
// files, about 60 KB, under the build folder, never removed. A crawler or a
// hostile script walking random addresses would fill the server's disk. Such a
// 404 is now kept only in the memory cache, which has a fixed size
// (cacheMaxMemorySize) and evicts the least used, so repeat visits are still
// answered from memory without a render.
//
// A 404 for an address that does have files on disk (a story that was
// published and is now unpublished) is written as before, over them: otherwise
// a restart, which empties the memory cache, would serve the old page.
//
// The data cache holds what unstable_cache keeps: the feeds, sitemaps and
// robots.txt (lib/public/syndication-cache.ts) and the one-per-tag markers
// that give a cached page its tags (lib/public/cache-tags.ts). Next wrote each
// entry to its own file under <distDir>/cache/fetch-cache, never removed, and
// a 404 at a random address is tagged with that address (so a story published
// there replaces it at once): one more 4 KB file on disk per random address,
// 97 MB after 24,000 of them (measured). These entries are cheap to rebuild
// from the database, so they live in the same bounded memory cache and a
// restart rebuilds them as they are asked for.
//
// Next also remembers each stored address's lifetime in a map of its own
// (SharedCacheControls) that nothing ever empties: about 200 bytes for every
// address ever stored, random addresses' 404s included, so the same crawler
// would grow the server's memory without end. The map is held to
// MAX_ROUTE_LIFETIMES, oldest first. Nothing is lost by forgetting one: every
// entry this Next stores carries its own lifetime (in memory and in its .meta
// file), which Next prefers over the map's and puts back into it when the
// entry is read; an entry without one (a page `next build` prerendered) falls
// back to the build's prerender manifest, as after a restart.
//
// Loaded by Next at run time by path (next.config.ts `cacheHandler`), not
// compiled, hence plain JavaScript; typed through JSDoc and
// page-cache-handler.d.mts, and tested in tests/unit/page-cache-handler.test.ts
// against the real base class, whose internals this relies on (next is pinned).

import { access } from "node:fs/promises";
import { createRequire } from "node:module";
import { invalidateFrontCaches } from "./front-cache.mjs";

// Next's module is CommonJS with its class on `exports.default`; required
// directly so that is what this gets wherever it is loaded from (Next's
// server or a test runner, whose ES-module interop differ).
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

// The map is a static field, on the one copy of the module that Next's server
// and its compiled page runtimes both require (an `.external` module).
/** @type {Map<string, unknown>} */
const routeLifetimes = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js").SharedCacheControls
  .cacheControls;

/** At ~200 bytes each, at most ~2 MB; far more addresses than a day's readers keep warm. */
export const MAX_ROUTE_LIFETIMES = 10_000;

/** Forgets the oldest remembered lifetimes beyond MAX_ROUTE_LIFETIMES (Map keeps insertion order). */
function forgetOldestRouteLifetimes() {
  let excess = routeLifetimes.size - MAX_ROUTE_LIFETIMES;
  if (excess <= 0) return;
  for (const key of routeLifetimes.keys()) {
    if (excess-- <= 0) break;
    routeLifetimes.delete(key);
  }
}

/** Cache kinds whose entries are whole responses with a status (a page, a route handler's answer). */
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);

/**
 * @param {unknown} data
 * @returns {{ kind?: unknown; status?: unknown }}
 */
function describeEntry(data) {
  return typeof data === "object" && data !== null ? /** @type {{ kind?: unknown; status?: unknown }} */ (data) : {};
}

/**
 * @param {unknown} data
 * @returns {boolean}
 */
function isNotFoundResponse(data) {
  const entry = describeEntry(data);
  return typeof entry.kind === "string" && RESPONSE_KINDS.has(entry.kind) && entry.status === 404;
}

/**
 * An entry of Next's data cache (unstable_cache), as opposed to a whole response.
 * @param {unknown} data
 * @returns {boolean}
 */
function isDataCacheEntry(data) {
  return describeEntry(data).kind === "FETCH";
}

export default class PageCacheHandler extends FileSystemCache {
  /**
   * Every invalidation of a cached page (revalidateTag, revalidatePath) comes
   * through here; the production server's one-second front cache
   * (front-cache.mjs) is emptied with it, after Next has marked the tags, so
   * the next request gets the new page.
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   * @returns {Promise<void>}
   */
  async revalidateTag(tags, durations) {
    try {
      await super.revalidateTag(tags, durations);
    } finally {
      invalidateFrontCaches();
    }
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {object} ctx
   * @returns {Promise<void>}
   */
  async set(key, data, ctx) {
    // Next has just remembered this address's lifetime, before calling here.
    forgetOldestRouteLifetimes();
    if (!this.flushToDisk) return super.set(key, data, ctx);
    if (isDataCacheEntry(data)) return this.setInMemoryOnly(key, data, ctx);
    if (!isNotFoundResponse(data) || (await this.hasFilesOnDisk(key))) return super.set(key, data, ctx);
    return this.setInMemoryOnly(key, data, ctx);
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {object} ctx
   * @returns {Promise<void>}
   */
  setInMemoryOnly(key, data, ctx) {
    // The base class puts the entry in memory and, with flushToDisk off,
    // returns before writing any file; it reads the flag before its first
    // await. The flag is switched back before anything else can run, so
    // other entries being stored meanwhile still go to disk.
    this.flushToDisk = false;
    let stored;
    try {
      stored = super.set(key, data, ctx);
    } finally {
      this.flushToDisk = true;
    }
    return stored;
  }

  /**
   * Whether a response is stored on disk under `key`, under the route cache
   * or, for a page prerendered by `next build`, at the address's own path
   * (which the base class still reads). Any of its files counts: the body
   * (.html for a page, .body for a route handler) is written before the .meta
   * that completes it.
   * @param {string} key
   * @returns {Promise<boolean>}
   */
  async hasFilesOnDisk(key) {
    const marker = key.indexOf("/$/");
    const keys = marker === -1 ? [key] : [key, key.slice(marker + 2)];
    for (const candidate of keys) {
      for (const suffix of [".meta", ".html", ".body"]) {
        try {
          await access(this.getFilePath(`${candidate}${suffix}`, "APP_PAGE"));
          return true;
        } catch {
          // Not there; try the next file.
        }
      }
    }
    return false;
  }
}
