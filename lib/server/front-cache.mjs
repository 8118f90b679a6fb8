// @ts-check
// A one-second shared cache in front of Next, in the production server's
// process (scripts/serve-production.mjs): what nginx calls a microcache.
//
// Next serves a cached public page at ~1,000-1,500 requests a second on two
// cores (and ~1,000 gzipped, as browsers ask): it routes, reads its page cache
// and compresses on every request. A story that goes round social media, or a
// flood of requests meant to take an independent newsroom offline, asks for
// the same few addresses thousands of times a second. Answering those from
// memory for one second serves ~8,000 (plain) to ~13,000 (gzipped) a second on
// the same machine, while Next still builds, caches and invalidates every page.
//
// What is kept, and for how long, follows HTTP's rules for a shared cache,
// so this can never hold anything a CDN in front could not:
// - only GET answers with status 200 and `s-maxage` (public pages, feeds,
//   sitemaps, the Content API), never one that is private, no-store or
//   no-cache, sets a cookie, or varies on a request header other than the
//   ones in its key (Next's router headers, which a cached request must not
//   carry, and Accept-Encoding, which is in the key);
// - for one second at most (less if s-maxage says less);
// - dropped at once, all of it, whenever Next drops any page from its own
//   cache (page-cache-handler.mjs calls invalidateFrontCaches from
//   revalidateTag): a publish, correction or unpublish is visible to the next
//   request, as without this cache. An answer still being built when that
//   happens is not kept.
// Newsroom pages, previews, server actions, the view beacon and RSC requests
// pass straight through to Next.
//
// Plain JavaScript because the production server loads it before Next, without
// a compiler; typed through JSDoc and front-cache.d.mts; tested in
// tests/unit/front-cache.test.ts.

/** At most one second: public pages must show a publish within a second. */
export const FRONT_CACHE_TTL_MS = 1_000;
/** Room for the hot pages of a busy day in each encoding (an article is ~57 KB, ~10 KB gzipped). */
export const FRONT_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** A larger answer (a big sitemap) goes through to Next every time. */
export const FRONT_CACHE_MAX_ENTRY_BYTES = 2 * 1024 * 1024;

// Requests with any of these are Next's client-side navigations, prefetches
// and server actions: their answers depend on the client's state.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];
const KEYED_VARY = new Set([...ROUTER_HEADERS, "accept-encoding"]);
// Not replayed: they describe one connection or are set again for each answer.
const UNREPLAYED_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "age"]);
const NEVER_CACHED_PATHS = /^\/(newsroom|api\/auth|api\/internal)(\/|$|\?)/;

const REGISTRY = Symbol.for("masthead.front-caches");

/** @returns {Set<FrontCache>} */
function registry() {
  const holder = /** @type {Record<symbol, Set<FrontCache> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[REGISTRY] ??= new Set());
}

/**
 * Drops every answer held by every front cache in this process. Called when
 * Next invalidates any cached page (page-cache-handler.mjs revalidateTag).
 */
export function invalidateFrontCaches() {
  for (const cache of registry()) cache.invalidate();
}

/**
 * @typedef {{ status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number; expiresAt: number }} Entry
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 */

/**
 * The request's key, or null when its answer must come from Next.
 * @param {Request} request
 * @returns {string | null}
 */
export function frontCacheKey(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  if (!url.startsWith("/") || NEVER_CACHED_PATHS.test(url)) return null;
  for (const name of ROUTER_HEADERS) if (request.headers[name] !== undefined) return null;
  if (request.headers.range !== undefined) return null;
  return `${url}\n${request.headers["accept-encoding"] ?? ""}`;
}

/**
 * How long an answer may be kept (ms), or 0 when it must not be.
 * @param {number} status
 * @param {Record<string, string | string[] | number | undefined>} headers lower-case names
 * @param {number} ttlMs
 * @returns {number}
 */
export function storableLifetime(status, headers, ttlMs) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return 0;
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase();
  if (/(^|[\s,])(private|no-store|no-cache)\b/.test(cacheControl)) return 0;
  const sharedMaxAge = /(?:^|[\s,])s-maxage=(\d+)/.exec(cacheControl);
  if (!sharedMaxAge || Number(sharedMaxAge[1]) <= 0) return 0;
  const vary = String(headers.vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (vary.some((name) => !KEYED_VARY.has(name))) return 0;
  return Math.min(ttlMs, Number(sharedMaxAge[1]) * 1000);
}

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer | null}
 */
function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

export class FrontCache {
  /**
   * @param {{ ttlMs?: number; maxBytes?: number; maxEntryBytes?: number; now?: () => number }} [options]
   */
  constructor(options = {}) {
    this.ttlMs = options.ttlMs ?? FRONT_CACHE_TTL_MS;
    this.maxBytes = options.maxBytes ?? FRONT_CACHE_MAX_BYTES;
    this.maxEntryBytes = options.maxEntryBytes ?? FRONT_CACHE_MAX_ENTRY_BYTES;
    this.now = options.now ?? Date.now;
    /** @type {Map<string, Entry>} oldest first */
    this.entries = new Map();
    this.bytes = 0;
    // Bumped by invalidate(): an answer begun before it is not stored.
    this.generation = 0;
    registry().add(this);
  }

  /** Stops this cache from being invalidated with the process's others (tests). */
  close() {
    registry().delete(this);
    this.invalidate();
  }

  invalidate() {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * Answers from memory, or hands the request to `next` and keeps its answer
   * if it may be kept.
   * @param {Request} request
   * @param {Response} response
   * @param {() => unknown} next
   * @returns {unknown}
   */
  serve(request, response, next) {
    const key = frontCacheKey(request);
    if (key === null) return next();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      response.writeHead(entry.status, {
        ...entry.headers,
        "content-length": String(entry.body.length),
        age: String(Math.floor((this.now() - entry.storedAt) / 1000)),
      });
      response.end(request.method === "HEAD" ? undefined : entry.body);
      return undefined;
    }
    if (entry) this.remove(key, entry);
    if (request.method === "GET") this.capture(key, response);
    return next();
  }

  /**
   * Keeps a copy of what Next writes, and stores it once the answer is
   * complete if it may be kept.
   * @param {string} key
   * @param {Response} response
   */
  capture(key, response) {
    const generation = this.generation;
    /** @type {Buffer[]} */
    let chunks = [];
    let size = 0;
    /** @type {Record<string, string | string[] | number | undefined>} */
    const headHeaders = {};
    const keep = (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding) => {
      const buffer = toBuffer(chunk, encoding);
      if (!buffer || size > this.maxEntryBytes) return;
      size += buffer.length;
      // Copied: the writer may reuse its buffer once written.
      if (size <= this.maxEntryBytes) chunks.push(Buffer.from(buffer));
      else chunks = [];
    };
    const { write, end, writeHead } = response;
    // Wrapped before Next's compression wraps them in turn, so what is kept
    // is what goes out: compressed when the request asked for it.
    /** @this {Response} @param {unknown[]} args @returns {unknown} */
    function patchedWrite(...args) {
      keep(args[0], args[1]);
      return Reflect.apply(write, this, args);
    }
    /** @this {Response} @param {unknown[]} args @returns {unknown} */
    function patchedEnd(...args) {
      keep(args[0], args[1]);
      return Reflect.apply(end, this, args);
    }
    /** @this {Response} @param {unknown[]} args @returns {unknown} */
    function patchedWriteHead(...args) {
      // writeHead(status, [reason], [headers]): headers given here are not in getHeaders().
      const given = args.find((arg, index) => index > 0 && typeof arg === "object" && arg !== null);
      if (given && !Array.isArray(given)) {
        for (const [name, value] of Object.entries(given)) headHeaders[name.toLowerCase()] = /** @type {string | string[] | number} */ (value);
      }
      return Reflect.apply(writeHead, this, args);
    }
    response.write = /** @type {Response["write"]} */ (/** @type {unknown} */ (patchedWrite));
    response.end = /** @type {Response["end"]} */ (/** @type {unknown} */ (patchedEnd));
    response.writeHead = /** @type {Response["writeHead"]} */ (/** @type {unknown} */ (patchedWriteHead));
    response.once("finish", () => {
      if (generation !== this.generation || size > this.maxEntryBytes) return;
      const headers = { ...response.getHeaders(), ...headHeaders };
      const lifetime = storableLifetime(response.statusCode, headers, this.ttlMs);
      if (lifetime <= 0) return;
      /** @type {Record<string, string | string[]>} */
      const replayed = {};
      for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || UNREPLAYED_HEADERS.has(name)) continue;
        replayed[name] = typeof value === "number" ? String(value) : value;
      }
      const storedAt = this.now();
      this.store(key, { status: response.statusCode, headers: replayed, body: Buffer.concat(chunks), storedAt, expiresAt: storedAt + lifetime });
    });
  }

  /**
   * @param {string} key
   * @param {Entry} entry
   */
  store(key, entry) {
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldKey, oldEntry);
    }
  }

  /**
   * @param {string} key
   * @param {Entry} entry
   */
  remove(key, entry) {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}
