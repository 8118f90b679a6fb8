"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import type { MediaItem } from "@/lib/media/media-item";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/media/upload-limits";
import { useUploads, type UploadEntry } from "./use-uploads";

function statusText(entry: UploadEntry): string {
  switch (entry.status) {
    case "waiting":
      return "Waiting…";
    case "uploading":
      return `Uploading… ${Math.round(entry.progress * 100)}%`;
    case "processing":
      return "Checking and resizing…";
    case "done":
      return "Uploaded";
    case "failed":
      return entry.error ?? "Failed";
  }
}

/**
 * Upload by button or by dropping files, several at once, each with its own
 * progress bar and, when refused, the server's reason naming the file.
 */
export function UploadZone({ onUploaded, compact = false }: { onUploaded: (item: MediaItem) => void; compact?: boolean }) {
  const { entries, addFiles, clearFinished } = useUploads(onUploaded);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  }

  const finished = entries.some((entry) => entry.status === "done" || entry.status === "failed");
  return (
    <div className="space-y-3">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="upload-drop-zone"
        className={`flex flex-wrap items-center gap-3 rounded border-2 border-dashed px-4 ${compact ? "py-3" : "py-6"} ${
          dragging ? "border-blue-700 bg-blue-50 dark:bg-blue-950" : "border-stone-400 dark:border-stone-600"
        }`}
      >
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_IMAGE_TYPES}
          className="sr-only"
          aria-label="Choose images to upload"
          aria-describedby={hintId}
          tabIndex={-1}
          onChange={(event) => {
            if (event.target.files) addFiles(Array.from(event.target.files));
            event.target.value = "";
          }}
        />
        <button
          type="button"
          onClick={() => input.current?.click()}
          className="rounded bg-stone-900 px-4 py-2 text-sm font-bold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900"
        >
          Upload images
        </button>
        <p id={hintId} className="text-sm text-stone-700 dark:text-stone-300">
          or drop them here. JPEG, PNG, WebP, GIF or AVIF, up to 20 MB each. Location, camera and author details are removed from every photo.
        </p>
      </div>
      {entries.length > 0 && (
        <div>
          <ul className="space-y-2" aria-label="Uploads" aria-live="polite">
            {entries.map((entry) => (
              <li key={entry.key} className="text-sm" data-upload-status={entry.status}>
                <div className="flex items-center gap-3">
                  <span className="min-w-0 flex-1 truncate font-bold">{entry.name}</span>
                  {entry.status !== "failed" && (
                    <progress
                      max={1}
                      value={entry.status === "waiting" ? 0 : entry.progress}
                      aria-label={`Upload of ${entry.name}`}
                      className="h-2 w-40"
                    />
                  )}
                </div>
                <p className={entry.status === "failed" ? "text-red-800 dark:text-red-300" : "text-stone-600 dark:text-stone-400"} role={entry.status === "failed" ? "alert" : undefined}>
                  {statusText(entry)}
                </p>
              </li>
            ))}
          </ul>
          {finished && (
            <button type="button" onClick={clearFinished} className="mt-2 text-sm underline underline-offset-4">
              Clear finished uploads
            </button>
          )}
        </div>
      )}
    </div>
  );
}
