import { describe, expect, it } from "vitest";
import { VisitorDedupe } from "@/lib/views/visitor-dedupe";

const MINUTE = 60_000;
const ARTICLE = "6f1c2f3e-8a9b-4c1d-9e2f-0a1b2c3d4e5f";
const OTHER_ARTICLE = "7a2d3e4f-9b0c-4d2e-8f3a-1b2c3d4e5f60";
const reader = { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36" };

function clock(start = Date.UTC(2026, 10, 25, 10, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("VisitorDedupe", () => {
  it("counts a visitor's first read of a story and not a reload within 30 minutes", () => {
    const time = clock();
    const dedupe = new VisitorDedupe({ now: time.now });
    expect(dedupe.firstView(reader, ARTICLE)).toBe(true);
    time.advance(1 * MINUTE);
    expect(dedupe.firstView(reader, ARTICLE)).toBe(false);
    time.advance(28 * MINUTE);
    expect(dedupe.firstView(reader, ARTICLE)).toBe(false);
  });

  it("counts the same visitor again once 30 minutes have passed since the counted read", () => {
    const time = clock();
    const dedupe = new VisitorDedupe({ now: time.now });
    expect(dedupe.firstView(reader, ARTICLE)).toBe(true);
    time.advance(30 * MINUTE);
    expect(dedupe.firstView(reader, ARTICLE)).toBe(true);
  });

  it("tells visitors apart by address and by user agent, and stories apart by id", () => {
    const dedupe = new VisitorDedupe({ now: clock().now });
    expect(dedupe.firstView(reader, ARTICLE)).toBe(true);
    expect(dedupe.firstView({ ...reader, ip: "203.0.113.8" }, ARTICLE)).toBe(true);
    expect(dedupe.firstView({ ...reader, userAgent: `${reader.userAgent} Edg/140.0` }, ARTICLE)).toBe(true);
    expect(dedupe.firstView(reader, OTHER_ARTICLE)).toBe(true);
    expect(dedupe.firstView(reader, ARTICLE)).toBe(false);
  });

  it("does not let one field run into the next (address + agent boundaries are kept)", () => {
    const dedupe = new VisitorDedupe({ now: clock().now });
    expect(dedupe.firstView({ ip: "10.0.0.1", userAgent: "2 Browser" }, ARTICLE)).toBe(true);
    expect(dedupe.firstView({ ip: "10.0.0.12", userAgent: " Browser" }, ARTICLE)).toBe(true);
  });

  it("draws a new key each day and still dedupes a reload just after midnight", () => {
    const time = clock(Date.UTC(2026, 10, 25, 23, 50, 0));
    const keys: Buffer[] = [];
    const dedupe = new VisitorDedupe({
      now: time.now,
      newKey: () => {
        const key = Buffer.alloc(32, keys.length + 1);
        keys.push(key);
        return key;
      },
    });
    expect(dedupe.firstView(reader, ARTICLE)).toBe(true);
    expect(keys).toHaveLength(1);
    time.advance(15 * MINUTE); // 00:05 the next day
    expect(dedupe.firstView(reader, ARTICLE)).toBe(false);
    expect(keys).toHaveLength(2);
    time.advance(16 * MINUTE); // past the window of the 23:50 read
    expect(dedupe.firstView(reader, ARTICLE)).toBe(true);
  });

  it("forgets expired visitors and never holds more than its cap (oldest out first)", () => {
    const time = clock();
    const dedupe = new VisitorDedupe({ now: time.now, maxEntries: 3 });
    for (let i = 0; i < 5; i++) dedupe.firstView({ ...reader, ip: `198.51.100.${i}` }, ARTICLE);
    expect(dedupe.size).toBe(3);
    // The two oldest were pushed out, so they would count again; the newest would not.
    expect(dedupe.firstView({ ...reader, ip: "198.51.100.4" }, ARTICLE)).toBe(false);
    expect(dedupe.firstView({ ...reader, ip: "198.51.100.0" }, ARTICLE)).toBe(true);

    time.advance(31 * MINUTE);
    dedupe.firstView({ ...reader, ip: "192.0.2.1" }, ARTICLE);
    expect(dedupe.size).toBe(1);
  });
});
