import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { answerViewBeaconDirectly } from "@/lib/server/view-beacon-fast-path.mjs";
import type { ViewBeaconHook } from "@/lib/views/expose-view-beacon";
import { VIEW_BEACON_HOOK } from "@/lib/views/expose-view-beacon";

// The production server's fast path for view beacons, on a real HTTP server:
// what it hands the answer (exposed by start-up; here one that notes what it
// got) and what it sends back. The answer itself is tested against a
// database in tests/integration/view-beacon-answer.test.ts.

type Seen = { headers: Headers; body: string };
const holder = globalThis as typeof globalThis & { [VIEW_BEACON_HOOK]?: ViewBeaconHook };
let seen: Seen[] = [];
let nextAnswer: () => Promise<Awaited<ReturnType<ViewBeaconHook["answer"]>>> = async () => ({ status: 202, error: null });
let nextCalls = 0;
let server: Server;
let baseUrl = "";

function exposeHook(maxBodyBytes = 64) {
  holder[VIEW_BEACON_HOOK] = {
    maxBodyBytes,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
    async answer(headers, readBody) {
      seen.push({ headers, body: await readBody() });
      return nextAnswer();
    },
    flush: async () => {},
  };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    if (answerViewBeaconDirectly(request, response)) return;
    nextCalls++;
    response.end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete holder[VIEW_BEACON_HOOK];
  seen = [];
  nextCalls = 0;
  nextAnswer = async () => ({ status: 202, error: null });
});

const post = (path = "/api/views", body = '{"articleId":"x"}', headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, { method: "POST", body, headers: { "user-agent": "Reader", ...headers } });

describe("view beacon fast path", () => {
  it("answers a beacon with the exposed answer: its status, the route's headers, an empty body", async () => {
    exposeHook();
    const response = await post();
    expect(response.status).toBe(202);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-length")).toBe("0");
    expect(await response.text()).toBe("");
    expect(nextCalls).toBe(0);
    expect(seen[0]?.body).toBe('{"articleId":"x"}');
    expect(seen[0]?.headers.get("user-agent")).toBe("Reader");
  });

  it("fills in x-forwarded-for with the socket's address when absent, as Next does, and keeps one that is there", async () => {
    exposeHook();
    await post();
    await post("/api/views", "{}", { "x-forwarded-for": "198.51.100.7" });
    expect(seen.map((s) => s.headers.get("x-forwarded-for"))).toEqual(["127.0.0.1", "198.51.100.7"]);
  });

  it("sends what was wrong as JSON", async () => {
    exposeHook();
    nextAnswer = async () => ({ status: 400, error: "articleId must be a story's id (a UUID)." });
    const response = await post();
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ error: "articleId must be a story's id (a UUID)." });
  });

  it("keeps no more of the body than one byte past the limit", async () => {
    exposeHook(16);
    nextAnswer = async () => ({ status: 413, error: "A view beacon is at most 16 bytes." });
    const response = await post("/api/views", "x".repeat(100_000));
    expect(response.status).toBe(413);
    expect(seen[0]?.body).toBe("x".repeat(17));
  });

  it("answers 500 with a message when the answer fails", async () => {
    exposeHook();
    nextAnswer = async () => {
      throw new Error("database away");
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await post();
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: "The view could not be recorded." });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it("leaves everything else to Next: before start-up exposes the answer, other methods and addresses", async () => {
    expect((await post()).status).toBe(200);
    exposeHook();
    expect(await (await fetch(`${baseUrl}/api/views`)).text()).toBe("next");
    expect(await (await post("/api/views?x=1")).text()).toBe("next");
    expect(await (await post("/api/views/more")).text()).toBe("next");
    expect(nextCalls).toBe(4);
    expect(seen).toHaveLength(0);
  });
});
