import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FrontCache, invalidateFrontCaches, storableLifetime } from "@/lib/server/front-cache.mjs";

// The production server's one-second front cache (lib/server/front-cache.mjs),
// in front of a real HTTP server whose "Next" is a handler each test sets:
// what it answers, and how often it is asked, shows what the cache kept.

type Answer = { status?: number; headers?: OutgoingHttpHeaders; body?: string | Buffer; viaWriteHead?: boolean; chunks?: number };
type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

const PUBLIC = { "cache-control": "s-maxage=60, stale-while-revalidate=31535940", "content-type": "text/html; charset=utf-8" };
let clock = 1_000_000;
let cache: FrontCache;
let handler: Handler;
let calls = 0;
let server: Server;
let baseUrl = "";

function answer({ status = 200, headers = PUBLIC, body = "<p>A story</p>", viaWriteHead = false, chunks = 1 }: Answer = {}): Handler {
  return (_request, response) => {
    if (viaWriteHead) response.writeHead(status, headers);
    else {
      response.statusCode = status;
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    const bytes = Buffer.from(body);
    const size = Math.ceil(bytes.length / chunks);
    for (let offset = 0; offset + size < bytes.length; offset += size) response.write(bytes.subarray(offset, offset + size));
    response.end(bytes.subarray(size * (chunks - 1)));
  };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    cache.serve(request, response, () => {
      calls++;
      return handler(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function openCache(options: ConstructorParameters<typeof FrontCache>[0] = {}) {
  cache = new FrontCache({ now: () => clock, ...options });
  calls = 0;
  handler = answer();
}
afterEach(() => cache.close());

async function get(path = "/articles/a-story", init: RequestInit = {}) {
  const response = await fetch(`${baseUrl}${path}`, init);
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** Two requests for the same address: how many reached the handler. */
async function callsForTwo(path = "/articles/a-story", init: RequestInit = {}) {
  await get(path, init);
  await get(path, init);
  return calls;
}

describe("front cache", () => {
  it("answers a public page from memory for a second, as Next sent it", async () => {
    openCache();
    const first = await get();
    const second = await get();
    expect(calls).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.toString()).toBe("<p>A story</p>");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("cache-control")).toBe(PUBLIC["cache-control"]);
    expect(second.headers.get("content-length")).toBe(String("<p>A story</p>".length));
    expect(second.headers.get("age")).toBe("0");
    expect(first.headers.get("age")).toBeNull();
    expect(cache.entries.size).toBe(1);

    clock += 999;
    await get();
    expect(calls).toBe(1);
    clock += 1;
    await get();
    expect(calls).toBe(2);
  });

  it("keeps an answer no longer than its s-maxage when that is under a second", () => {
    expect(storableLifetime(200, { "cache-control": "public, s-maxage=30" }, 1_000)).toBe(1_000);
    expect(storableLifetime(200, { "cache-control": "public, max-age=60, s-maxage=0" }, 1_000)).toBe(0);
    expect(storableLifetime(200, { "cache-control": "S-MAXAGE=1" }, 5_000)).toBe(1_000);
  });

  it("keeps the headers Next gave to writeHead and answers written in several chunks", async () => {
    openCache();
    handler = answer({ viaWriteHead: true, headers: { ...PUBLIC, "x-story": "kept" }, body: "x".repeat(10_000), chunks: 7 });
    await get();
    const second = await get();
    expect(calls).toBe(1);
    expect(second.headers.get("x-story")).toBe("kept");
    expect(second.body.toString()).toBe("x".repeat(10_000));
  });

  it.each([
    ["private", { ...PUBLIC, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" }],
    ["no s-maxage", { ...PUBLIC, "cache-control": "public, max-age=31536000, immutable" }],
    ["no-store beside s-maxage", { ...PUBLIC, "cache-control": "s-maxage=60, no-store" }],
    ["no cache-control", { "content-type": "text/html" }],
    ["a cookie set", { ...PUBLIC, "set-cookie": "session=1" }],
    ["varies on cookies", { ...PUBLIC, vary: "Accept-Encoding, Cookie" }],
    ["varies on anything", { ...PUBLIC, vary: "*" }],
  ])("never keeps an answer with %s", async (_label, headers) => {
    openCache();
    handler = answer({ headers });
    expect(await callsForTwo()).toBe(2);
  });

  it.each([404, 500, 307])("never keeps a %i", async (status) => {
    openCache();
    handler = answer({ status });
    expect(await callsForTwo()).toBe(2);
  });

  it("keeps an answer that varies only on what is in its key", async () => {
    openCache();
    handler = answer({ headers: { ...PUBLIC, vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding" } });
    expect(await callsForTwo()).toBe(1);
  });

  it.each([
    ["a client-side navigation", { rsc: "1" }],
    ["a prefetch", { "next-router-prefetch": "1" }],
    ["a server action", { "next-action": "abc" }],
    ["a range", { range: "bytes=0-10" }],
  ])("passes %s through to Next", async (_label, headers) => {
    openCache();
    expect(await callsForTwo("/articles/a-story", { headers })).toBe(2);
    // ...and does not answer it from a page kept for a plain request either.
    await get();
    await get("/articles/a-story", { headers });
    expect(calls).toBe(4);
  });

  it.each(["/newsroom", "/newsroom/stories/1", "/api/auth/session", "/api/internal/revalidate"])("never keeps %s, whatever it says", async (path) => {
    openCache();
    expect(await callsForTwo(path)).toBe(2);
  });

  it("never answers a POST from memory", async () => {
    openCache();
    await get();
    await get("/articles/a-story", { method: "POST", body: "x" });
    expect(calls).toBe(2);
  });

  it("keeps each encoding apart: a gzipped page only for those who asked for gzip", async () => {
    openCache();
    handler = (request, response) => {
      const gzip = /gzip/.test(String(request.headers["accept-encoding"] ?? ""));
      response.setHeader("cache-control", PUBLIC["cache-control"]);
      response.setHeader("vary", "Accept-Encoding");
      if (gzip) response.setHeader("content-encoding", "gzip");
      response.end(gzip ? gzipSync("<p>A story</p>") : "<p>A story</p>");
    };
    const plain = await get("/articles/a-story", { headers: { "accept-encoding": "identity" } });
    const gzipped = await get("/articles/a-story", { headers: { "accept-encoding": "gzip" } });
    const gzippedAgain = await get("/articles/a-story", { headers: { "accept-encoding": "gzip" } });
    const plainAgain = await get("/articles/a-story", { headers: { "accept-encoding": "identity" } });
    expect(calls).toBe(2);
    expect(plain.body.toString()).toBe("<p>A story</p>");
    expect(plainAgain.body.toString()).toBe("<p>A story</p>");
    expect(plainAgain.headers.get("content-encoding")).toBeNull();
    // fetch decompresses: the same text, sent compressed both times.
    expect(gzipped.body.toString()).toBe("<p>A story</p>");
    expect(gzippedAgain.body.toString()).toBe("<p>A story</p>");
    expect(gzippedAgain.headers.get("content-encoding")).toBe("gzip");
    expect(gzippedAgain.headers.get("age")).toBe("0");
  });

  it("answers HEAD from a kept page without its body, and never keeps what HEAD got", async () => {
    openCache();
    await get("/articles/a-story", { method: "HEAD" });
    await get("/articles/a-story", { method: "HEAD" });
    expect(calls).toBe(2);
    await get();
    const head = await get("/articles/a-story", { method: "HEAD" });
    expect(calls).toBe(3);
    expect(head.body.length).toBe(0);
    expect(head.headers.get("content-length")).toBe(String("<p>A story</p>".length));
  });

  it("keeps each address (and query) apart", async () => {
    openCache();
    handler = (request, response) => answer({ body: `page for ${request.url}` })(request, response);
    expect((await get("/search?q=fish")).body.toString()).toBe("page for /search?q=fish");
    expect((await get("/search?q=rice")).body.toString()).toBe("page for /search?q=rice");
    expect((await get("/search?q=fish")).body.toString()).toBe("page for /search?q=fish");
    expect(calls).toBe(2);
  });

  it("drops everything when Next invalidates a page, and does not keep an answer begun before that", async () => {
    openCache();
    await get();
    invalidateFrontCaches();
    expect(cache.entries.size).toBe(0);
    await get();
    expect(calls).toBe(2);

    // An answer still being written when a story changes may hold the old story.
    let release = () => {};
    handler = (request, response) =>
      new Promise<void>((resolve) => {
        release = () => {
          answer({ body: "old story" })(request, response);
          resolve();
        };
      });
    cache.invalidate();
    const pending = get("/articles/another-story");
    await new Promise((resolve) => setTimeout(resolve, 50));
    invalidateFrontCaches();
    release();
    expect((await pending).body.toString()).toBe("old story");
    handler = answer({ body: "new story" });
    expect((await get("/articles/another-story")).body.toString()).toBe("new story");
  });

  it("holds to its size: the oldest answers go first, and an oversized one is never kept", async () => {
    openCache({ maxBytes: 25_000, maxEntryBytes: 12_000 });
    handler = (request, response) => answer({ body: request.url === "/big" ? "b".repeat(12_001) : "s".repeat(10_000), chunks: 3 })(request, response);
    await get("/one");
    await get("/two");
    await get("/three");
    expect([...cache.entries.keys()].map((key) => key.split("\n")[0])).toEqual(["/two", "/three"]);
    expect(cache.bytes).toBe(20_000);
    expect(await callsForTwo("/big")).toBe(5);
    expect((await get("/big")).body.length).toBe(12_001);
  });

});
