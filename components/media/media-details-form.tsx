"use client";

import { useActionState, useEffect, useId } from "react";
import { updateMediaDetailsAction, type MediaDetailsField, type MediaDetailsFormState } from "@/lib/actions/media-actions";
import type { MediaItem } from "@/lib/media/media-item";
import { MAX_ALT_TEXT, MAX_CAPTION, MAX_CREDIT } from "@/lib/media/media-schemas";

const fieldClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";

const INITIAL: MediaDetailsFormState = { status: "idle" };

/** Caption, credit and alt text of one image, saved through a server action. */
export function MediaDetailsForm({ item, onSaved, onCancel }: { item: MediaItem; onSaved(item: MediaItem): void; onCancel(): void }) {
  const [state, formAction, pending] = useActionState(updateMediaDetailsAction, INITIAL);
  const baseId = useId();

  useEffect(() => {
    if (state.status === "saved") onSaved(state.item);
  }, [state, onSaved]);

  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const field = (name: MediaDetailsField, fallback: string) => values?.[name] ?? fallback;
  const errorId = (name: MediaDetailsField) => `${baseId}-${name}-error`;
  const describe = (name: MediaDetailsField, hint?: string) => [hint, errors[name] ? errorId(name) : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} className="space-y-3" aria-label={`Details of ${item.filename || "image"}`} noValidate>
      <input type="hidden" name="id" value={item.id} />
      {state.status === "error" && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-2 py-1 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor={`${baseId}-alt`} className="block text-sm font-bold">
          Alt text
        </label>
        <textarea
          id={`${baseId}-alt`}
          name="altText"
          rows={2}
          maxLength={MAX_ALT_TEXT}
          defaultValue={field("altText", item.alt)}
          aria-invalid={errors.altText ? true : undefined}
          aria-describedby={describe("altText", `${baseId}-alt-hint`)}
          className={fieldClass}
        />
        <p id={`${baseId}-alt-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          What the picture shows, for people who cannot see it. Needed to publish it as a lead image.
        </p>
        {errors.altText && (
          <p id={errorId("altText")} className="text-xs text-red-800 dark:text-red-300">
            {errors.altText.join(" ")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${baseId}-caption`} className="block text-sm font-bold">
          Caption
        </label>
        <textarea
          id={`${baseId}-caption`}
          name="caption"
          rows={2}
          maxLength={MAX_CAPTION}
          defaultValue={field("caption", item.caption)}
          aria-invalid={errors.caption ? true : undefined}
          aria-describedby={describe("caption")}
          className={fieldClass}
        />
        {errors.caption && (
          <p id={errorId("caption")} className="text-xs text-red-800 dark:text-red-300">
            {errors.caption.join(" ")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${baseId}-credit`} className="block text-sm font-bold">
          Credit
        </label>
        <input
          id={`${baseId}-credit`}
          name="credit"
          type="text"
          maxLength={MAX_CREDIT}
          defaultValue={field("credit", item.credit)}
          aria-invalid={errors.credit ? true : undefined}
          aria-describedby={describe("credit", `${baseId}-credit-hint`)}
          className={fieldClass}
        />
        <p id={`${baseId}-credit-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          Who made it, e.g. &ldquo;Photo: Sok Chea&rdquo;. Needed to publish it as a lead image.
        </p>
        {errors.credit && (
          <p id={errorId("credit")} className="text-xs text-red-800 dark:text-red-300">
            {errors.credit.join(" ")}
          </p>
        )}
      </div>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-3 py-1.5 text-sm font-bold text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        >
          {pending ? "Saving…" : "Save details"}
        </button>
        <button type="button" onClick={onCancel} className="text-sm underline underline-offset-4">
          Cancel
        </button>
      </div>
    </form>
  );
}
