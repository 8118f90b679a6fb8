"use client";

import { useId, useState, type FormEvent } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { parseVideoUrl, type VideoRef } from "@/lib/rich-text/video";
import { EditorDialog } from "./editor-dialog";

/** Asks for a YouTube or Facebook video address; anything else is refused with a message. */
export function VideoDialog({ onInsert, onClose }: { onInsert(video: VideoRef): void; onClose(): void }) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const video = parseVideoUrl(value);
    if (!video) {
      setError(value.trim() ? "Only YouTube and Facebook video addresses can be embedded (for example https://www.youtube.com/watch?v=…)." : "Paste the video's address.");
      return;
    }
    onInsert(video);
  }

  return (
    <EditorDialog title="Embed a video" onClose={onClose}>
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <div>
          <label htmlFor={inputId} className="block text-sm font-bold">
            YouTube or Facebook video address
          </label>
          <input
            id={inputId}
            type="url"
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            className={inputClass}
          />
          {error && (
            <p id={`${inputId}-error`} role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
              {error}
            </p>
          )}
        </div>
        <p className="text-sm text-stone-600 dark:text-stone-400">Readers get YouTube&rsquo;s privacy-enhanced player or Facebook&rsquo;s video frame; nothing loads while you edit.</p>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass}>
            Embed video
          </button>
          <button type="button" onClick={onClose} className={secondaryButtonClass}>
            Cancel
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}
