import type { Executor } from "../../db/client";
import { selectMediaUsage, type MediaUsageRow } from "../../db/queries/media";
import type { ArticleStatus, Language } from "../../db/schema";

export type MediaUsage = {
  articleId: string;
  headline: string;
  language: Language;
  slug: string;
  status: ArticleStatus;
  /** The slug readers see it under, when a version is live. */
  liveSlug: string | null;
  /** Where the image appears, in words: "lead image", "in the body", "live lead image", "live body". */
  places: string[];
  /** Readers can see it there now. */
  live: boolean;
};

function places(row: MediaUsageRow): string[] {
  const out: string[] = [];
  if (row.leadImage) out.push("lead image");
  if (row.inBody) out.push("in the body");
  if (row.liveLeadImage) out.push("live lead image");
  if (row.liveBody) out.push("in the live body");
  return out;
}

/** The stories that use an image, in their working copy or their live version, and where. */
export async function findMediaUsage(db: Executor, mediaId: string): Promise<MediaUsage[]> {
  const rows = await selectMediaUsage(db, { mediaId });
  return rows.map((row) => ({
    articleId: row.articleId,
    headline: row.headline,
    language: row.language,
    slug: row.slug,
    status: row.status,
    liveSlug: row.liveSlug,
    places: places(row),
    live: row.liveLeadImage || row.liveBody,
  }));
}

/** "Used by 2 stories: “A” (lead image), “B” (in the body)." */
export function describeMediaUsage(usage: readonly MediaUsage[]): string {
  const list = usage.map((story) => `“${story.headline || "Untitled"}” (${story.places.join(", ")})`).join("; ");
  return `used by ${usage.length} ${usage.length === 1 ? "story" : "stories"}: ${list}`;
}
