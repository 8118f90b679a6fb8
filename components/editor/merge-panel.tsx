"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { buttonClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import type { ServerCopy } from "@/lib/articles/article-input";
import type { ImageStore } from "./body-editor";
import { editorExtensions } from "./editor-extensions";

/**
 * Merge by hand: the other person's version, read-only, beside the editor
 * (which holds yours). Copy what you need from it (formatting survives copy
 * and paste), take their headline or standfirst with a button, then save:
 * the save is based on their version, so it replaces nothing unseen.
 */
export function MergePanel({
  theirs,
  images,
  busy,
  onUseHeadline,
  onUseStandfirst,
  onUseDetails,
  onSave,
}: {
  theirs: ServerCopy;
  images: ImageStore;
  busy: boolean;
  onUseHeadline(): void;
  onUseStandfirst(): void;
  onUseDetails(): void;
  onSave(): void;
}) {
  const viewer = useEditor({
    extensions: editorExtensions({ image: (id) => images.get(id), openLink() {}, openImage() {}, openVideo() {} }, ""),
    content: theirs.draft.body,
    editable: false,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-label": "Their text (read only)", lang: theirs.draft.language, class: "story-body text-base" } },
  });
  return (
    <section aria-labelledby="merge-title" className="rounded border-2 border-amber-600 p-3">
      <h2 id="merge-title" className="font-serif text-lg font-bold">
        Merging by hand: their version ({theirs.updatedByName ?? "someone else"}, version {theirs.version})
      </h2>
      <p className="text-sm">Autosave is paused until you save the merged version. Your text is kept on this device meanwhile.</p>
      <dl className="mt-2 space-y-2 text-sm">
        <div>
          <dt className="font-bold">Their headline</dt>
          <dd lang={theirs.draft.language}>{theirs.draft.headline || "(none)"}</dd>
          <dd>
            <button type="button" className={secondaryButtonClass} onClick={onUseHeadline}>
              Use their headline
            </button>
          </dd>
        </div>
        <div>
          <dt className="font-bold">Their standfirst</dt>
          <dd lang={theirs.draft.language}>{theirs.draft.standfirst || "(none)"}</dd>
          <dd>
            <button type="button" className={secondaryButtonClass} onClick={onUseStandfirst}>
              Use their standfirst
            </button>
          </dd>
        </div>
        <div>
          <dt className="font-bold">Address, section, byline, tags, lead image</dt>
          <dd>
            <button type="button" className={secondaryButtonClass} onClick={onUseDetails}>
              Use their details
            </button>
          </dd>
        </div>
      </dl>
      <h3 className="mt-3 text-sm font-bold">Their text</h3>
      <div className="max-h-[50vh] overflow-y-auto rounded border border-stone-300 px-2 dark:border-stone-700">
        <EditorContent editor={viewer} />
      </div>
      <button type="button" className={`${buttonClass} mt-3`} disabled={busy} onClick={onSave}>
        {busy ? "Saving…" : "Save merged version"}
      </button>
    </section>
  );
}
