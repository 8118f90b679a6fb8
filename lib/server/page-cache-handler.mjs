// @ts-check
// Next's own page cache (an in-memory LRU over files under <distDir>/server),
// with one change: a 404 is not written to disk for an address that has
// nothing there.
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
// Loaded by Next at run time by path (next.config.ts `cacheHandler`), not
// compiled, hence plain JavaScript; typed through JSDoc and
// page-cache-handler.d.mts, and tested in tests/unit/page-cache-handler.test.ts
// against the real base class, whose internals this relies on (next is pinned).

import { access } from "node:fs/promises";
import { createRequire } from "node:module";

// Next's module is CommonJS with its class on `exports.default`; required
// directly so that is what this gets wherever it is loaded from (Next's
// server or a test runner, whose ES-module interop differ).
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/** Cache kinds whose entries are whole responses with a status (a page, a route handler's answer). */
const RESPONSE_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);

/**
 * @param {unknown} data
 * @returns {boolean}
 */
function isNotFoundResponse(data) {
  if (typeof data !== "object" || data === null) return false;
  const entry = /** @type {{ kind?: unknown; status?: unknown }} */ (data);
  return typeof entry.kind === "string" && RESPONSE_KINDS.has(entry.kind) && entry.status === 404;
}

export default class PageCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {unknown} data
   * @param {object} ctx
   * @returns {Promise<void>}
   */
  async set(key, data, ctx) {
    if (!this.flushToDisk || !isNotFoundResponse(data) || (await this.hasFilesOnDisk(key))) return super.set(key, data, ctx);
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
