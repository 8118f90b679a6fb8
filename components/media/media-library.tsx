"use client";

import { useCallback, useMemo, useState } from "react";
import type { MediaItem } from "@/lib/media/media-item";
import { MediaDelete } from "./media-delete";
import { MediaDetailsForm } from "./media-details-form";
import { MissingDetailsBadge } from "./missing-details-badge";
import { UploadZone } from "./upload-zone";

// Library text can be in either language; marking Khmer lets screen readers and fonts handle it.
const langOf = (text: string) => (/[\u1780-\u17ff]/.test(text) ? "km" : undefined);

function MediaCard({
  item,
  dateFormat,
  onChanged,
  onDeleted,
}: {
  item: MediaItem;
  dateFormat: Intl.DateTimeFormat;
  onChanged(item: MediaItem): void;
  onDeleted(id: string, message: string): void;
}) {
  const [editing, setEditing] = useState(false);
  const onSaved = useCallback(
    (saved: MediaItem) => {
      setEditing(false);
      onChanged(saved);
    },
    [onChanged],
  );
  return (
    <li className="flex flex-col rounded border border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900" data-media-id={item.id}>
      {/* A plain img: the variants are already sized WebP files served with a year-long cache. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={item.thumbSrc}
        srcSet={item.srcSet || undefined}
        sizes="(min-width: 1024px) 280px, 50vw"
        width={item.width}
        height={item.height}
        alt={item.alt}
        loading="lazy"
        className="aspect-[3/2] w-full rounded-t bg-stone-200 object-cover dark:bg-stone-800"
      />
      <div className="flex flex-1 flex-col gap-1 p-3 text-sm">
        <p className="truncate font-bold" title={item.filename}>
          {item.filename || "Untitled image"}
        </p>
        <MissingDetailsBadge image={item} />
        {editing ? (
          <MediaDetailsForm item={item} onSaved={onSaved} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <dl className="space-y-0.5 text-stone-700 dark:text-stone-300">
              <div>
                <dt className="sr-only">Caption</dt>
                <dd lang={langOf(item.caption)}>{item.caption || <span className="italic text-stone-500">No caption</span>}</dd>
              </div>
              <div>
                <dt className="sr-only">Credit</dt>
                <dd lang={langOf(item.credit)}>{item.credit || <span className="italic text-stone-500">No credit</span>}</dd>
              </div>
              <div>
                <dt className="sr-only">Alt text</dt>
                <dd className="text-xs" lang={langOf(item.alt)}>{item.alt ? `Alt: ${item.alt}` : <span className="italic text-stone-500">No alt text</span>}</dd>
              </div>
            </dl>
            <p className="text-xs text-stone-500">
              {`${item.width} × ${item.height} · ${item.uploaderName ? `${item.uploaderName}, ` : ""}`}
              <time dateTime={item.createdAt}>{dateFormat.format(new Date(item.createdAt))}</time>
            </p>
            {item.canEdit && (
              <div className="mt-auto flex flex-wrap gap-4 pt-2">
                <button type="button" onClick={() => setEditing(true)} className="text-sm underline underline-offset-4">
                  Edit details<span className="sr-only">{` of ${item.filename}`}</span>
                </button>
                <MediaDelete item={item} onDeleted={(message) => onDeleted(item.id, message)} />
              </div>
            )}
          </>
        )}
      </div>
    </li>
  );
}

/**
 * The media library's grid and upload area. New uploads appear at the top as
 * soon as the server has stored them; edits and deletions show at once.
 */
export function MediaLibrary({ items, timeZone, emptyMessage }: { items: readonly MediaItem[]; timeZone: string; emptyMessage: string }) {
  const [uploaded, setUploaded] = useState<MediaItem[]>([]);
  const [changed, setChanged] = useState<Record<string, MediaItem>>({});
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState("");
  const dateFormat = useMemo(() => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }), [timeZone]);

  const onUploaded = useCallback((item: MediaItem) => setUploaded((current) => [item, ...current]), []);
  const onChanged = useCallback((item: MediaItem) => {
    setChanged((current) => ({ ...current, [item.id]: item }));
    setNotice(`Saved the details of ${item.filename || "the image"}.`);
  }, []);
  const onDeleted = useCallback((id: string, message: string) => {
    setDeleted((current) => new Set([...current, id]));
    setNotice(message);
  }, []);

  const shown = useMemo(() => {
    const fromServer = new Set(items.map((item) => item.id));
    return [...uploaded.filter((item) => !fromServer.has(item.id)), ...items]
      .filter((item) => !deleted.has(item.id))
      .map((item) => changed[item.id] ?? item);
  }, [items, uploaded, changed, deleted]);

  return (
    <div className="space-y-6">
      <UploadZone onUploaded={onUploaded} />
      <p role="status" className="text-sm text-green-900 dark:text-green-200">
        {notice}
      </p>
      {shown.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{emptyMessage}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Images">
          {shown.map((item) => (
            <MediaCard key={item.id} item={item} dateFormat={dateFormat} onChanged={onChanged} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
    </div>
  );
}
