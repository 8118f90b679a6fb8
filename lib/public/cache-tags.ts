import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import type { Language } from "@/db/schema";

// Cache tags of the public pages. Every cached page carries the tag of each
// story it shows (its own story, list entries, related stories, the
// translation it links to) and the tag of the listing it is. A change to one
// story then rebuilds exactly the pages that show it (revalidate.ts), and a
// newly published story rebuilds the listings it joins: no full-site purge.
//
// Slugs may be long Khmer text; tags are kept short and ASCII with a digest.

function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
}

/** Every page that shows this story (by its live address). */
export function storyTag(language: Language, slug: string): string {
  return `pub:story:${language}:${digest(slug)}`;
}

export type ListingKind = "home" | "latest" | "section" | "tag" | "author" | "most-read";

/** One listing (all its pages), e.g. the Politics section in Khmer. */
export function listingTag(language: Language, kind: ListingKind, slug?: string): string {
  return `pub:list:${language}:${kind}${slug === undefined ? "" : `:${digest(slug)}`}`;
}

/** Every listing page of a language: the fallback when a change does not say which listings it joins. */
export function allListingsTag(language: Language): string {
  return `pub:lists:${language}`;
}

/** The tags of a listing page: its own, its language's, and one per story shown. */
export function listingPageTags(language: Language, kind: ListingKind, slug: string | undefined, stories: readonly { language: Language; slug: string }[]): string[] {
  return [listingTag(language, kind, slug), allListingsTag(language), ...stories.map((story) => storyTag(story.language, story.slug))];
}

// Next collects the tags of every unstable_cache call made while it renders a
// cached (ISR) page onto that page, which is how a page built from plain
// database reads gets tags without the Cache Components model. The cached
// value itself is nothing; one small entry per tag is shared by all pages.
const markers = new Map<string, () => Promise<boolean>>();

function marker(tag: string): () => Promise<boolean> {
  let found = markers.get(tag);
  if (!found) {
    found = unstable_cache(async () => true, ["masthead-page-tag", tag], { tags: [tag] });
    if (markers.size > 5_000) markers.clear();
    markers.set(tag, found);
  }
  return found;
}

/** Tags the page being rendered; call it from the page's server component. */
export async function tagCurrentPage(tags: readonly string[]): Promise<void> {
  await Promise.all([...new Set(tags)].map((tag) => marker(tag)()));
}
