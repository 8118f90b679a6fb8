import type { Database } from "@/db/client";
import {
  selectBylinesFor,
  selectCorrectionsFor,
  selectPublishedTranslation,
  selectSectionsByIds,
  selectTagsFor,
  selectViewTotal,
} from "@/db/queries/public-articles";
import type { PublicArticle } from "@/lib/public/types";
import { loadArticleForReading, type AccessResult, type ArticleActor } from "./article-access";
import { bodyMediaIds, loadImages } from "./editor-images";

/**
 * A story's working copy as the public article page would show it if it were
 * published now: the same DTO the page renders, built from the newsroom's
 * copy, for someone allowed to see the story. Dates of a story never
 * published are "now".
 */
export async function loadArticlePreview(db: Database, actor: ArticleActor, articleId: string): Promise<AccessResult<{ article: PublicArticle; isLive: boolean }>> {
  const access = await loadArticleForReading(db, actor, articleId);
  if (!access.ok) return access;
  const { article, isLive } = access.value;
  const [bylines, sections, tags, corrections, images, translation, views] = await Promise.all([
    selectBylinesFor(db, [article.id]),
    selectSectionsByIds(db, article.sectionId ? [article.sectionId] : []),
    selectTagsFor(db, article.id),
    selectCorrectionsFor(db, article.id),
    loadImages(db, [...(article.leadImageId ? [article.leadImageId] : []), ...bodyMediaIds(article.body)]),
    selectPublishedTranslation(db, { translationGroupId: article.translationGroupId, language: article.language }),
    selectViewTotal(db, article.id),
  ]);
  const section = sections[0];
  const now = new Date();
  const publishedAt = article.firstPublishedAt ?? now;
  return {
    ok: true,
    value: {
      isLive,
      article: {
        id: article.id,
        language: article.language,
        slug: article.slug,
        headline: article.headline,
        standfirst: article.standfirst,
        publishedAt,
        updatedAt: article.firstPublishedAt ? now : publishedAt,
        section: section ? { slug: section.slug, name: article.language === "km" && section.nameKm ? section.nameKm : section.name } : null,
        bylines: bylines.map((byline) => ({ name: byline.name, slug: byline.slug })),
        leadImage: article.leadImageId ? (images[article.leadImageId] ?? null) : null,
        body: article.body,
        wordCount: article.wordCount,
        tags,
        corrections,
        bodyImages: images,
        translation,
        views,
      },
    },
  };
}
