import { revalidatePath } from "next/cache";
import type { Language } from "@/db/schema";

/**
 * Tells the public cache that a story changed (published, updated, corrected
 * or unpublished), so the pages that show it are rebuilt on their next visit.
 * Paths are route paths (app/[lang]/...), not the rewritten URLs readers see.
 * Called inside a request (server action or route handler).
 */
export function revalidatePublicArticle(story: { language: Language; slug: string; previousSlug?: string | null }): void {
  revalidatePath(`/${story.language}/articles/${story.slug}`);
  if (story.previousSlug && story.previousSlug !== story.slug) revalidatePath(`/${story.language}/articles/${story.previousSlug}`);
  revalidatePath(`/${story.language}`);
}
