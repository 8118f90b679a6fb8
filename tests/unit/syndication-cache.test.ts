import { beforeEach, describe, expect, it, vi } from "vitest";

// Feeds, sitemaps and robots.txt are cached under one tag, and the publish
// path's revalidatePublicArticle expires it (lib/public/revalidate.ts).

const cached: { keyParts: string[]; options: { tags?: string[]; revalidate?: number | false } }[] = [];
const revalidated: { tag: string; profile: unknown }[] = [];

vi.mock("next/cache", () => ({
  unstable_cache: (fn: unknown, keyParts: string[], options: { tags?: string[]; revalidate?: number | false }) => {
    cached.push({ keyParts, options });
    return fn;
  },
  revalidateTag: (tag: string, profile: unknown) => revalidated.push({ tag, profile }),
  revalidatePath: () => {},
}));

describe("syndication cache", () => {
  beforeEach(() => {
    revalidated.length = 0;
  });

  it("caches every feed, sitemap and robots.txt under the syndication tag, for five minutes at most", async () => {
    const { SYNDICATION_TAG } = await import("@/lib/public/syndication-cache");
    const keys = cached.map((entry) => entry.keyParts[0]);
    expect(keys).toEqual(expect.arrayContaining(["masthead-feed-v1", "masthead-sitemap-index-v1", "masthead-sitemap-file-v1", "masthead-robots-v1"]));
    for (const entry of cached.filter((e) => e.keyParts[0]?.startsWith("masthead-") && !e.keyParts[0].startsWith("masthead-page-tag"))) {
      expect(entry.options.tags, entry.keyParts[0]).toEqual([SYNDICATION_TAG]);
      expect(entry.options.revalidate, entry.keyParts[0]).toBe(300);
    }
  });

  it("is expired at once (no stale copy) when a story changes through the publish path", async () => {
    const { SYNDICATION_TAG } = await import("@/lib/public/syndication-cache");
    const { revalidatePublicArticle } = await import("@/lib/public/revalidate");
    revalidatePublicArticle({ language: "km", slug: "some-story" });
    expect(revalidated).toContainEqual({ tag: SYNDICATION_TAG, profile: { expire: 0 } });
  });
});
