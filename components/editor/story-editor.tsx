"use client";

import type { Editor } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import type { PickedMedia } from "@/components/media/media-picker";
import { CommentsThread } from "@/components/workflow/comments-thread";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { createTagAction, keepCopyAction } from "@/lib/actions/article-actions";
import { slugFollowsHeadline, type ArticleDraft, type ServerCopy } from "@/lib/articles/article-input";
import type { EditorOptions, EditorStory } from "@/lib/articles/load-story-editor";
import type { ServerCopyResult } from "@/lib/articles/load-server-copy";
import type { PublicImage } from "@/lib/public/types";
import { countWords, readingMinutes } from "@/lib/rich-text/plain-text";
import { slugify } from "@/lib/slug";
import type { LocalCopy } from "./autosave-controller";
import { BodyEditor, type ImageStore } from "./body-editor";
import { ConflictScreen, type NameLookup } from "./conflict-screen";
import { MergePanel } from "./merge-panel";
import { RestorePrompt } from "./restore-prompt";
import { RevisionHistory } from "./revision-history";
import { SaveStatusBar } from "./save-status";
import { HeadlineField, StandfirstField } from "./story-fields";
import { StorySidePanel, type Meta } from "./story-side-panel";
import { useAutosave } from "./use-autosave";
import "./editor.css";
import { PresenceNotice, usePresence } from "./use-presence";

function metaOf(draft: ArticleDraft): Meta {
  const { body: _body, ...meta } = draft;
  return meta;
}

/**
 * The story editor: fields, the Tiptap body, autosave with its status, the
 * conflict screen, the restore prompt and who else has the story open.
 */
export function StoryEditor({ story, options, user, timeZone }: { story: EditorStory; options: EditorOptions; user: { id: string; name: string }; timeZone: string }) {
  const router = useRouter();
  const readOnly = story.readOnlyReason !== null;
  const [meta, setMeta] = useState<Meta>(() => metaOf(story.draft));
  const metaRef = useRef(meta);
  const [slugFollows, setSlugFollows] = useState(story.slugFollowsHeadline);
  const [editor, setEditor] = useState<Editor | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const [images, setImages] = useState<Record<string, PublicImage>>(options.images);
  const imagesRef = useRef(images);
  const [tags, setTags] = useState(options.tags);
  const [words, setWords] = useState(story.wordCount);
  const countTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [merging, setMerging] = useState<ServerCopy | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const others = usePresence(story.id);

  const read = useCallback(
    (): ArticleDraft => ({ ...metaRef.current, body: editorRef.current ? editorRef.current.getJSON() : story.draft.body }),
    [story.draft.body],
  );
  const autosave = useAutosave({
    articleId: story.id,
    userId: user.id,
    version: story.version,
    saved: story.draft,
    editor,
    enabled: !readOnly,
    read,
    onServerCopy: (copy) => showDraft(copy.draft),
  });
  const { status } = autosave;

  const imageStore: ImageStore = {
    get: (id) => imagesRef.current[id],
    add: (image) => {
      imagesRef.current = { ...imagesRef.current, [image.id]: image };
      setImages(imagesRef.current);
    },
  };

  const onReady = useCallback((instance: Editor | null) => {
    if (instance) editorRef.current = instance;
    setEditor(instance);
  }, []);

  // Counting a long story takes a while: do it after a pause in typing, when the browser is idle.
  function recount() {
    if (countTimer.current) clearTimeout(countTimer.current);
    countTimer.current = setTimeout(() => {
      const count = () => {
        const current = editorRef.current;
        if (current) setWords(countWords(current.state.doc.textBetween(0, current.state.doc.content.size, "\n\n", " "), metaRef.current.language));
      };
      if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(count, { timeout: 2_000 });
      else count();
    }, 800);
  }

  function updateMeta(patch: Partial<Meta>) {
    const next = { ...metaRef.current, ...patch };
    metaRef.current = next;
    setMeta(next);
    autosave.controller()?.changed();
  }

  /** Shows a whole draft in the editor (restored, or the other person's). */
  function showDraft(draft: ArticleDraft) {
    metaRef.current = metaOf(draft);
    setMeta(metaRef.current);
    setSlugFollows(slugFollowsHeadline(draft, story.everPublished));
    editorRef.current?.commands.setContent(draft.body, { emitUpdate: false });
    recount();
  }

  const onHeadline = (headline: string) => {
    const generated = slugFollows ? slugify(headline) : "";
    updateMeta(generated ? { headline, slug: generated } : { headline });
  };

  async function keepAsCopy(draft: ArticleDraft, after: () => void) {
    setBusy(true);
    setActionError(null);
    try {
      const result = await keepCopyAction(story.id, draft);
      if (!result.ok) {
        setActionError(`Your copy could not be created: ${result.error} Your text is still here and on this device.`);
        return;
      }
      after();
      router.push(`/newsroom/stories/${result.id}`);
    } catch {
      setActionError("Your copy could not be created: the server could not be reached. Your text is still here and on this device.");
    } finally {
      setBusy(false);
    }
  }

  function restore(copy: LocalCopy) {
    showDraft(copy.draft);
    autosave.clearRestoreCandidate();
    autosave.controller()?.restoreLocal(copy);
  }

  /** After a revision was restored from the history panel: show the server's copy (or a conflict, if work is unsaved). */
  async function reloadFromServer() {
    setActionError(null);
    try {
      const response = await fetch(`/api/articles/${encodeURIComponent(story.id)}`, { cache: "no-store", credentials: "same-origin" });
      const payload = (await response.json()) as ServerCopyResult;
      if (!payload.ok) {
        setActionError(`The restored version could not be loaded: ${payload.error} Reload the page to see it.`);
        return;
      }
      for (const image of Object.values(payload.images)) imageStore.add(image);
      const controller = autosave.controller();
      if (!controller || controller.serverChanged(payload.copy) === "accepted") showDraft(payload.copy.draft);
    } catch {
      setActionError("The restored version could not be loaded: the server could not be reached. Reload the page to see it.");
    }
  }

  /** Before a workflow step: save what is pending; the step is based on the saved version, or cancelled. */
  async function beforeTransition(): Promise<number | null> {
    const controller = autosave.controller();
    if (!controller) return autosave.version;
    return (await controller.flush()) ? controller.currentVersion : null;
  }

  async function saveMerged() {
    setBusy(true);
    const saved = (await autosave.controller()?.finishMerge()) ?? false;
    setBusy(false);
    if (saved || autosave.controller()?.currentStatus.kind === "conflict") setMerging(null);
  }

  const names: NameLookup = {
    section: (id) => options.sections.find((section) => section.id === id)?.name ?? "(none)",
    person: (id) => options.staff.find((person) => person.id === id)?.name ?? "Unknown person",
    tag: (id) => tags.find((tag) => tag.id === id)?.name ?? "Unknown tag",
    image: (id) => (id ? (images[id]?.caption || "An image") : "(none)"),
  };
  const fieldErrors = status.kind === "failed" ? status.fieldErrors : {};
  const conflict = status.kind === "conflict" && merging === null ? status : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="flex min-w-0 flex-col gap-4">
        <h1 className="sr-only">Edit story</h1>
        {story.readOnlyReason && (
          <p role="status" className="rounded border border-stone-500 bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800">
            Read only: {story.readOnlyReason}
          </p>
        )}
        <PresenceNotice others={others} />
        <HeadlineField value={meta.headline} language={meta.language} disabled={readOnly} errors={fieldErrors.headline} onChange={onHeadline} />
        <StandfirstField value={meta.standfirst} language={meta.language} disabled={readOnly} errors={fieldErrors.standfirst} onChange={(standfirst) => updateMeta({ standfirst })} />
        {fieldErrors.body && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {fieldErrors.body.join(" ")}
          </p>
        )}
        <BodyEditor
          initialBody={story.draft.body}
          editable={!readOnly}
          language={meta.language}
          images={imageStore}
          onReady={onReady}
          onChange={() => {
            autosave.controller()?.changed();
            recount();
          }}
        />
        {actionError && !status.kind.startsWith("conflict") && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {actionError}
          </p>
        )}
        <SaveStatusBar status={status} timeZone={timeZone} words={words} minutes={readingMinutes(words)} deviceWarning={autosave.deviceWarning} />
      </div>
      <div className="flex flex-col gap-5">
        <WorkflowPanel
          articleId={story.id}
          status={story.status}
          isLive={story.isLive}
          version={autosave.version}
          actions={story.workflowActions}
          beforeTransition={beforeTransition}
          onTransitioned={({ version }) => {
            autosave.adoptVersion(version);
            // Status, buttons and whether this person may still edit come from the server.
            router.refresh();
          }}
        />
        {merging && (
          <MergePanel
            theirs={merging}
            images={imageStore}
            busy={busy}
            onSave={() => void saveMerged()}
            onUseHeadline={() => onHeadline(merging.draft.headline)}
            onUseStandfirst={() => updateMeta({ standfirst: merging.draft.standfirst })}
            onUseDetails={() => {
              const { headline: _h, standfirst: _s, ...details } = metaOf(merging.draft);
              updateMeta(details);
            }}
          />
        )}
        <StorySidePanel
          story={story}
          options={options}
          meta={meta}
          tags={tags}
          leadImage={meta.leadImageId ? (images[meta.leadImageId] ?? null) : null}
          slugFollows={slugFollows}
          readOnly={readOnly}
          fieldErrors={fieldErrors}
          flush={() => autosave.controller()?.flush() ?? Promise.resolve(true)}
          hasUnsaved={() => autosave.controller()?.hasUnsavedChanges() ?? false}
          onChange={updateMeta}
          onSlug={(slug) => {
            setSlugFollows(false);
            updateMeta({ slug });
          }}
          onFollowHeadline={() => {
            setSlugFollows(true);
            const generated = slugify(metaRef.current.headline);
            if (generated) updateMeta({ slug: generated });
          }}
          onLeadImage={(media: PickedMedia | null) => {
            if (media) imageStore.add(media);
            updateMeta({ leadImageId: media?.id ?? null });
          }}
          history={
            <>
              <details onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
                <summary className="cursor-pointer text-sm font-bold">History</summary>
                {historyOpen && <RevisionHistory articleId={story.id} onRestored={() => void reloadFromServer()} />}
              </details>
              <div className="mt-5">
                <CommentsThread articleId={story.id} />
              </div>
            </>
          }
          createTag={async (name) => {
            const result = await createTagAction(story.id, name);
            if (result.ok) setTags((current) => (current.some((tag) => tag.id === result.tag.id) ? current : [...current, result.tag]));
            return result;
          }}
        />
      </div>
      {conflict && (
        <ConflictScreen
          mine={conflict.mine}
          theirs={conflict.current}
          names={names}
          timeZone={timeZone}
          busy={busy}
          error={actionError}
          onKeepCopy={() => void keepAsCopy(read(), () => autosave.controller()?.discardUnsaved())}
          onTakeTheirs={() => {
            showDraft(conflict.current.draft);
            autosave.controller()?.acceptServerCopy(conflict.current);
          }}
          onMerge={() => {
            setMerging(conflict.current);
            autosave.controller()?.startMerge(conflict.current);
          }}
        />
      )}
      {autosave.restoreCandidate && editor && (
        <RestorePrompt
          copy={autosave.restoreCandidate}
          currentVersion={story.version}
          canRestore={!readOnly}
          busy={busy}
          error={actionError}
          onRestore={() => autosave.restoreCandidate && restore(autosave.restoreCandidate)}
          onKeepAsCopy={() => {
            const copy = autosave.restoreCandidate;
            if (copy) void keepAsCopy(copy.draft, () => autosave.discardDeviceCopy());
          }}
          onDiscard={() => {
            autosave.discardDeviceCopy();
            autosave.clearRestoreCandidate();
          }}
        />
      )}
    </div>
  );
}
