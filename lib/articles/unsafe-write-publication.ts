import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { articlePublications, articleTags, articles, tags } from "@/db/schema";
import { buildSearchFields } from "@/lib/search/segment";

/**
 * Copies an article's working copy into article_publications, the live version
 * readers see, with its search fields. "unsafe": it checks no permission and
 * no workflow state; callers (publishArticle, the scheduler, the demo seed)
 * do that, inside their own transaction.
 */
export async function unsafeWritePublication(
  db: Executor,
  params: { articleId: string; publishedBy: string | null; now?: Date },
): Promise<{ publishedAt: Date; updatedAt: Date }> {
  const now = params.now ?? new Date();
  const [article] = await db.select().from(articles).where(eq(articles.id, params.articleId)).limit(1);
  if (!article) throw new Error(`No article ${params.articleId}`);
  const tagRows = await db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, article.id));

  // The first publication fixes the date readers see as "published"; later
  // updates move only "updated".
  const publishedAt = article.firstPublishedAt ?? now;
  const live = {
    language: article.language,
    slug: article.slug,
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    bodyText: article.bodyText,
    wordCount: article.wordCount,
    sectionId: article.sectionId,
    leadImageId: article.leadImageId,
    version: article.version,
    updatedAt: now,
    publishedBy: params.publishedBy,
    ...buildSearchFields({
      language: article.language,
      headline: article.headline,
      standfirst: article.standfirst,
      bodyText: article.bodyText,
      tagNames: tagRows.map((t) => t.name),
    }),
  };
  await db
    .insert(articlePublications)
    .values({ articleId: article.id, publishedAt, ...live })
    .onConflictDoUpdate({ target: articlePublications.articleId, set: live });
  if (!article.firstPublishedAt) {
    await db.update(articles).set({ firstPublishedAt: publishedAt }).where(eq(articles.id, article.id));
  }
  return { publishedAt, updatedAt: now };
}
