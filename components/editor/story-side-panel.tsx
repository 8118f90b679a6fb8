"use client";

import type { MouseEvent, ReactNode } from "react";
import type { PickedMedia } from "@/components/media/media-picker";
import type { ArticleDraft, FieldErrors } from "@/lib/articles/article-input";
import type { EditorOptions, EditorStory } from "@/lib/articles/load-story-editor";
import type { PublicImage } from "@/lib/public/types";
import { BylineField } from "./byline-field";
import { LeadImageField } from "./lead-image-field";
import { LanguageField, SectionField, SlugField } from "./story-fields";
import { TagField } from "./tag-field";
import { TranslationLink } from "./translation-link";

export type Meta = Omit<ArticleDraft, "body">;

/** Everything about the story except its words: status, preview, address, section, byline, tags, lead image, translation. */
export function StorySidePanel({
  story,
  options,
  meta,
  tags,
  leadImage,
  slugFollows,
  readOnly,
  fieldErrors,
  flush,
  hasUnsaved,
  onChange,
  onSlug,
  onFollowHeadline,
  onLeadImage,
  createTag,
  history,
}: {
  story: EditorStory;
  options: EditorOptions;
  meta: Meta;
  tags: { id: string; name: string }[];
  leadImage: PublicImage | null;
  slugFollows: boolean;
  readOnly: boolean;
  fieldErrors: FieldErrors;
  flush(): Promise<boolean>;
  hasUnsaved(): boolean;
  onChange(patch: Partial<Meta>): void;
  onSlug(slug: string): void;
  onFollowHeadline(): void;
  onLeadImage(media: PickedMedia | null): void;
  createTag(name: string): Promise<{ ok: true; tag: { id: string; name: string } } | { ok: false; error: string }>;
  /** The revision history panel. */
  history: ReactNode;
}) {
  const previewUrl = `/newsroom/stories/${story.id}/preview`;

  // The preview shows the saved copy: save first, then show it (the tab is opened
  // during the click, so pop-up blockers allow it).
  async function openPreview(event: MouseEvent<HTMLAnchorElement>) {
    if (!hasUnsaved()) return;
    event.preventDefault();
    const tab = window.open("", "_blank");
    await flush();
    if (tab) tab.location.href = previewUrl;
    else window.open(previewUrl, "_blank");
  }

  const languageLock = story.everPublished
    ? "A published story keeps its language."
    : story.translation
      ? "This story has a translation, so its language is fixed."
      : null;

  return (
    <>
      <a href={previewUrl} target="_blank" rel="noopener" onClick={(event) => void openPreview(event)} className="self-start rounded border border-stone-500 px-3 py-1 text-sm hover:bg-stone-100 dark:hover:bg-stone-800">
        Preview<span className="sr-only"> (opens in a new tab)</span>
      </a>
      <LanguageField value={meta.language} locked={languageLock} disabled={readOnly} errors={fieldErrors.language} onChange={(language) => onChange({ language })} />
      <SlugField value={meta.slug} follows={slugFollows} disabled={readOnly} errors={fieldErrors.slug} onChange={onSlug} onFollowHeadline={onFollowHeadline} />
      <SectionField value={meta.sectionId} sections={options.sections} language={meta.language} disabled={readOnly} errors={fieldErrors.sectionId} onChange={(sectionId) => onChange({ sectionId })} />
      <BylineField value={meta.bylineIds} staff={options.staff} editable={story.canEditBylines} errors={fieldErrors.bylineIds} onChange={(bylineIds) => onChange({ bylineIds })} />
      <TagField value={meta.tagIds} tags={tags} disabled={readOnly} errors={fieldErrors.tagIds} onChange={(tagIds) => onChange({ tagIds })} createTag={createTag} />
      <LeadImageField image={leadImage} disabled={readOnly} errors={fieldErrors.leadImageId} onChange={onLeadImage} />
      <section aria-label="Translation" className="flex flex-col gap-1">
        <h3 className="text-sm font-bold">Translation</h3>
        <TranslationLink articleId={story.id} language={meta.language} translation={story.translation} canCreate={story.canCreateTranslation} />
      </section>
      <section aria-label="History">{history}</section>
    </>
  );
}
