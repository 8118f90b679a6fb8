import { describe, expect, it } from "vitest";
import { TtlCache } from "@/lib/views/ttl-cache";
import { viewDay } from "@/lib/views/view-day";
import { parseViewRequest } from "@/lib/views/view-request";

describe("viewDay", () => {
  it("gives the calendar day in the newsroom's time zone, not UTC", () => {
    // 18:30 UTC is 01:30 the next morning in Phnom Penh (UTC+7).
    const at = new Date("2026-11-25T18:30:00Z");
    expect(viewDay(at, "Asia/Phnom_Penh")).toBe("2026-11-26");
    expect(viewDay(at, "UTC")).toBe("2026-11-25");
    expect(viewDay(new Date("2026-01-05T02:00:00Z"), "America/New_York")).toBe("2026-01-04");
  });
});

describe("parseViewRequest", () => {
  it("accepts a story id", () => {
    expect(parseViewRequest('{"articleId":"6f1c2f3e-8a9b-4c1d-9e2f-0a1b2c3d4e5f"}')).toEqual({
      ok: true,
      articleId: "6f1c2f3e-8a9b-4c1d-9e2f-0a1b2c3d4e5f",
    });
  });

  it.each([
    ["not JSON", "articleId=1", "JSON"],
    ["no id", "{}", "UUID"],
    ["not a uuid", '{"articleId":"1 or 1=1"}', "UUID"],
    ["a number", '{"articleId":42}', "UUID"],
  ])("refuses %s with a message", (_label, body, words) => {
    const parsed = parseViewRequest(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(words);
  });
});

describe("TtlCache", () => {
  it("forgets entries after their time and keeps at most its cap", () => {
    let now = 0;
    const cache = new TtlCache<boolean>({ ttlMs: 1_000, maxEntries: 2, now: () => now });
    cache.set("a", true);
    cache.set("b", false, 100);
    expect(cache.get("a")).toBe(true);
    expect(cache.get("b")).toBe(false);
    now = 500;
    expect(cache.get("b")).toBeUndefined();
    cache.set("c", true);
    cache.set("d", true);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBeUndefined();
    now = 2_000;
    expect(cache.get("c")).toBeUndefined();
  });
});
