"use client";

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { searchMediaAction } from "@/lib/actions/media-actions";
import { missingForPublishing, type MediaItem } from "@/lib/media/media-item";
import { MissingDetailsBadge } from "./missing-details-badge";
import { UploadZone } from "./upload-zone";

export type PickedMedia = {
  id: string;
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

type Results =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; items: MediaItem[]; page: number; pageCount: number; total: number };

const SEARCH_DELAY_MS = 250;

function toPicked(item: MediaItem): PickedMedia {
  return { id: item.id, src: item.src, srcSet: item.srcSet, width: item.width, height: item.height, alt: item.alt, caption: item.caption, credit: item.credit };
}

function choiceLabel(item: MediaItem): string {
  const missing = missingForPublishing(item);
  return [`Choose ${item.caption || item.filename || "untitled image"}`, item.credit, missing.length ? `missing ${missing.join(" and ")}` : ""]
    .filter(Boolean)
    .join(", ");
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]):not([tabindex="-1"]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A dialog to choose an image from the media library (search by caption or
 * credit) or upload new ones into it. Choosing calls onSelect; the parent
 * closes the picker (it is shown while rendered). Escape or "Close" call onClose.
 */
export function MediaPicker({ onSelect, onClose }: { onSelect(media: PickedMedia): void; onClose(): void }) {
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(1);
  const [results, setResults] = useState<Results>({ status: "loading" });
  const [uploaded, setUploaded] = useState<MediaItem[]>([]);
  const dialog = useRef<HTMLDivElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const titleId = useId();
  const searchId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    searchInput.current?.focus();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(
      () => {
        setResults((current) => (current.status === "ready" ? current : { status: "loading" }));
        searchMediaAction({ q: query, page })
          .then((result) => {
            // An answer to an older search must not replace a newer one.
            if (request !== latest.current) return;
            setResults(result.ok ? { status: "ready", items: result.items, page: result.page, pageCount: result.pageCount, total: result.total } : { status: "error", message: result.error });
          })
          .catch(() => {
            if (request === latest.current) setResults({ status: "error", message: "Could not reach the server. Check your connection and try again." });
          });
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [query, page]);

  const onUploaded = useCallback((item: MediaItem) => setUploaded((current) => [item, ...current]), []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    // Keep keyboard focus inside the dialog while it is open.
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const listed = results.status === "ready" ? results.items : [];
  const listedIds = new Set(listed.map((item) => item.id));
  const items = [...(page === 1 ? uploaded.filter((item) => !listedIds.has(item.id)) : []), ...listed];

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className="flex max-h-[90vh] w-full max-w-4xl flex-col gap-4 overflow-y-auto rounded bg-white p-5 text-stone-900 shadow-xl dark:bg-stone-900 dark:text-stone-100"
      >
        <div className="flex items-center justify-between gap-4">
          <h2 id={titleId} className="font-serif text-2xl font-bold">
            Choose an image
          </h2>
          <button type="button" onClick={onClose} className="rounded border border-stone-400 px-3 py-1 text-sm">
            Close
          </button>
        </div>
        <div>
          <label htmlFor={searchId} className="block text-sm font-bold">
            Search by caption or credit
          </label>
          <input
            ref={searchInput}
            id={searchId}
            type="search"
            value={query}
            maxLength={200}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(1);
            }}
            className="mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          />
        </div>
        <UploadZone onUploaded={onUploaded} compact />
        {results.status === "error" && (
          <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
            {results.message}
          </p>
        )}
        {results.status === "loading" && items.length === 0 && <p role="status">Loading images…</p>}
        {results.status === "ready" && items.length === 0 && (
          <p role="status">{query ? `No image's caption or credit contains “${query}”.` : "The library is empty: upload an image above."}</p>
        )}
        {items.length > 0 && (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-label="Images to choose from">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => onSelect(toPicked(item))}
                  aria-label={choiceLabel(item)}
                  className="flex w-full flex-col gap-1 rounded border border-stone-300 p-2 text-left text-xs hover:border-stone-900 focus:border-stone-900 dark:border-stone-700 dark:hover:border-stone-100"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={item.thumbSrc} alt="" width={item.width} height={item.height} loading="lazy" className="aspect-[3/2] w-full rounded bg-stone-200 object-cover dark:bg-stone-800" />
                  <span className="font-bold">{item.caption || item.filename || "Untitled image"}</span>
                  {item.credit && <span className="text-stone-600 dark:text-stone-400">{item.credit}</span>}
                  <MissingDetailsBadge image={item} />
                </button>
              </li>
            ))}
          </ul>
        )}
        {results.status === "ready" && results.pageCount > 1 && (
          <nav aria-label="Image pages" className="flex items-center gap-4 text-sm">
            <button type="button" disabled={results.page <= 1} onClick={() => setPage(results.page - 1)} className="underline disabled:no-underline disabled:opacity-50">
              ← Previous
            </button>
            <span>{`Page ${results.page} of ${results.pageCount}`}</span>
            <button type="button" disabled={results.page >= results.pageCount} onClick={() => setPage(results.page + 1)} className="underline disabled:no-underline disabled:opacity-50">
              Next →
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}
