import { revalidatePath, revalidateTag } from "next/cache";
import type { Language } from "@/db/schema";
import { allListingsTag, listingTag, storyTag } from "./cache-tags";
import { revalidateSyndication } from "./syndication-cache";

export type PublicStoryChange = {
  language: Language;
  /** The story's live address now (or, after an unpublish, the address it had). */
  slug: string;
  /** Its address before this change, when the slug changed. */
  previousSlug?: string | null;
  // Optional precision. Without these, every listing page of the language is
  // rebuilt (home, sections, tags, authors, most read); with them, only the
  // listings the story joins. Pages that already showed the story are always
  // found through its own tag.
  /** The section it is in now. */
  sectionSlug?: string | null;
  /** Its tags now. */
  tagSlugs?: readonly string[];
  /** The slugs of the people in its byline now. */
  authorSlugs?: readonly string[];
  /** The live translation, whose page links to this story. */
  translation?: { language: Language; slug: string } | null;
};

/** The tags a story change invalidates (exported for tests). */
export function tagsForStoryChange(story: PublicStoryChange): string[] {
  const tags = [storyTag(story.language, story.slug), listingTag(story.language, "home"), listingTag(story.language, "latest")];
  if (story.previousSlug && story.previousSlug !== story.slug) tags.push(storyTag(story.language, story.previousSlug));
  const precise = story.sectionSlug !== undefined || story.tagSlugs !== undefined || story.authorSlugs !== undefined;
  if (!precise) {
    tags.push(allListingsTag(story.language));
  } else {
    if (story.sectionSlug) tags.push(listingTag(story.language, "section", story.sectionSlug));
    for (const slug of story.tagSlugs ?? []) tags.push(listingTag(story.language, "tag", slug));
    for (const slug of story.authorSlugs ?? []) tags.push(listingTag(story.language, "author", slug));
  }
  if (story.translation) tags.push(storyTag(story.translation.language, story.translation.slug));
  return [...new Set(tags)];
}

/**
 * Tells the public cache that a story changed (published, updated, corrected
 * or unpublished): every cached page showing it, and the listings it joins,
 * are dropped, so the next reader gets a fresh page (no stale copy is served:
 * expire 0), and feeds and sitemaps are rebuilt. Call it inside a request (a
 * server action or a route handler) after the change has committed.
 */
export function revalidatePublicArticle(story: PublicStoryChange): void {
  for (const tag of tagsForStoryChange(story)) revalidateTag(tag, { expire: 0 });
  revalidateSyndication();
}

/**
 * Drops every cached page of both public sites (English under app/(en), Khmer
 * under app/km), for changes that show on all of them: section names, merged
 * tags, a byline's name or photo.
 */
export function revalidatePublicSite(): void {
  revalidatePath("/(en)", "layout");
  revalidatePath("/km", "layout");
}
