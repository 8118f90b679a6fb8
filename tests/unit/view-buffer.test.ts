import { describe, expect, it } from "vitest";
import { ViewBuffer } from "@/lib/views/view-buffer";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";

describe("ViewBuffer", () => {
  it("sums reads per story and day, however many arrive", () => {
    const buffer = new ViewBuffer();
    for (let i = 0; i < 1_000; i++) buffer.add(A, "2026-11-25");
    buffer.add(B, "2026-11-25");
    buffer.add(A, "2026-11-26");
    expect(buffer.pendingViews).toBe(1_002);
    expect(buffer.drain()).toEqual([
      { articleId: A, day: "2026-11-25", views: 1_000 },
      { articleId: A, day: "2026-11-26", views: 1 },
      { articleId: B, day: "2026-11-25", views: 1 },
    ]);
  });

  it("is empty after a drain, and reads added later go to the next drain", () => {
    const buffer = new ViewBuffer();
    buffer.add(A, "2026-11-25");
    buffer.drain();
    expect(buffer.isEmpty).toBe(true);
    expect(buffer.drain()).toEqual([]);
    buffer.add(A, "2026-11-25", 2);
    expect(buffer.drain()).toEqual([{ articleId: A, day: "2026-11-25", views: 2 }]);
  });

  it("takes back counts a failed write returns and adds them to reads that came meanwhile", () => {
    const buffer = new ViewBuffer();
    buffer.add(A, "2026-11-25", 5);
    const failed = buffer.drain();
    buffer.add(A, "2026-11-25", 3);
    buffer.restore(failed);
    expect(buffer.drain()).toEqual([{ articleId: A, day: "2026-11-25", views: 8 }]);
  });
});
