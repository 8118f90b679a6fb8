import type { Database } from "@/db/client";
import { selectSectionOptions, selectStaffOptions, selectTagOptions } from "@/db/queries/articles-editor-options";
import { selectTranslationIn } from "@/db/queries/articles-editor";
import type { ArticleStatus, Language } from "@/db/schema";
import { userCan } from "@/lib/auth/permissions";
import type { PublicImage } from "@/lib/public/types";
import { workflowActionsFor } from "@/lib/workflow/story-actions";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { checkCanEditArticle, loadArticleForReading, type AccessResult, type ArticleActor } from "./article-access";
import { slugFollowsHeadline, type ArticleDraft } from "./article-input";
import { bodyMediaIds, loadImages } from "./editor-images";
import { serverCopyOf } from "./save-article";

export type EditorStory = {
  id: string;
  status: ArticleStatus;
  isLive: boolean;
  everPublished: boolean;
  /** Worked out here, so the editor does not load the word segmenter just to open. */
  slugFollowsHeadline: boolean;
  version: number;
  draft: ArticleDraft;
  /** As stored with the last save (counting a long story again in the browser is slow). */
  wordCount: number;
  updatedAt: string;
  updatedByName: string | null;
  /** Null when the person may change the words; otherwise why not, in words. */
  readOnlyReason: string | null;
  canEditBylines: boolean;
  canCreateTranslation: boolean;
  translation: { id: string; language: Language; headline: string } | null;
  workflowActions: WorkflowAction[];
};

export type EditorOptions = {
  sections: { id: string; name: string; nameKm: string }[];
  staff: { id: string; name: string; active: boolean }[];
  tags: { id: string; name: string }[];
  /** The lead image and every image in the body, by media id. */
  images: Record<string, PublicImage>;
};

const OTHER: Record<Language, Language> = { en: "km", km: "en" };

/** Everything the editor page needs about one story, for someone allowed to see it. */
export async function loadStoryEditor(db: Database, actor: ArticleActor, articleId: string): Promise<AccessResult<{ story: EditorStory; options: EditorOptions }>> {
  const access = await loadArticleForReading(db, actor, articleId);
  if (!access.ok) return access;
  const { article, isLive } = access.value;
  const copy = await serverCopyOf(db, article);
  const editable = checkCanEditArticle(actor, access.value);
  const [translation, sections, staff, tags, images] = await Promise.all([
    selectTranslationIn(db, { translationGroupId: article.translationGroupId, language: OTHER[article.language], excludeId: article.id }),
    selectSectionOptions(db),
    selectStaffOptions(db, copy.draft.bylineIds),
    selectTagOptions(db),
    loadImages(db, [...(article.leadImageId ? [article.leadImageId] : []), ...bodyMediaIds(article.body)]),
  ]);
  return {
    ok: true,
    value: {
      story: {
        id: article.id,
        status: article.status,
        isLive,
        everPublished: article.firstPublishedAt !== null || isLive,
        slugFollowsHeadline: slugFollowsHeadline(copy.draft, article.firstPublishedAt !== null || isLive),
        version: article.version,
        draft: copy.draft,
        wordCount: article.wordCount,
        updatedAt: copy.updatedAt,
        updatedByName: copy.updatedByName,
        readOnlyReason: editable.ok ? null : editable.message,
        canEditBylines: editable.ok && userCan(actor, "article.edit.any"),
        canCreateTranslation: !translation && userCan(actor, "article.create"),
        translation: translation ? { id: translation.id, language: translation.language, headline: translation.headline } : null,
        workflowActions: workflowActionsFor(actor, access.value),
      },
      options: { sections, staff, tags, images },
    },
  };
}
