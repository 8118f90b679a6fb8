"use client";

import { buttonClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import type { LocalCopy } from "./autosave-controller";
import { EditorDialog } from "./editor-dialog";
import { derivePlainText } from "@/lib/rich-text/plain-text";

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "earlier" : date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/**
 * On opening a story, when this device holds changes the server does not
 * have (a crash, a closed tab, lost connectivity or a refused save), asks
 * whether to bring them back. The editor waits for the answer, so typing
 * cannot overwrite the kept copy first.
 */
export function RestorePrompt({
  copy,
  currentVersion,
  canRestore,
  busy,
  error,
  onRestore,
  onKeepAsCopy,
  onDiscard,
}: {
  copy: LocalCopy;
  currentVersion: number;
  /** False when the story can no longer be edited here; the copy can still become a new draft. */
  canRestore: boolean;
  busy: boolean;
  error: string | null;
  onRestore(): void;
  onKeepAsCopy(): void;
  onDiscard(): void;
}) {
  const excerpt = derivePlainText(copy.draft.body).slice(0, 400);
  const moved = copy.baseVersion < currentVersion;
  return (
    <EditorDialog title="Unsaved changes were kept on this device" onClose={() => {}}>
      <p>
        This device holds changes to this story from {when(copy.savedAt)} that the server does not have.
        {moved && " The story has been saved by someone since, so restoring will show you both versions before anything is saved."}
        {!canRestore && " You cannot edit this story now, but you can keep the changes as a new draft."}
      </p>
      <div className="rounded border border-stone-300 p-2 text-sm dark:border-stone-700" lang={copy.draft.language}>
        <p className="font-bold">{copy.draft.headline || "(no headline)"}</p>
        <p className="mt-1 whitespace-pre-wrap font-serif">{excerpt || "(no text)"}</p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {canRestore ? (
          <button type="button" className={buttonClass} disabled={busy} onClick={onRestore}>
            Restore my changes
          </button>
        ) : (
          <button type="button" className={buttonClass} disabled={busy} onClick={onKeepAsCopy}>
            {busy ? "Keeping them…" : "Keep them as a new draft"}
          </button>
        )}
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={onDiscard}>
          Discard them
        </button>
      </div>
    </EditorDialog>
  );
}
