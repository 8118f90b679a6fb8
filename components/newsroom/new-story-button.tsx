"use client";

import { useActionState, useId } from "react";
import { createStoryAction } from "@/lib/actions/article-actions";

/** The desk's "New story": creates an empty draft in the chosen language and opens it in the editor. */
export function NewStoryButton() {
  const [state, formAction, pending] = useActionState(createStoryAction, null);
  const languageId = useId();
  return (
    <form action={formAction} aria-label="New story" className="flex flex-col items-end gap-2">
      <div className="flex items-center gap-2">
        <label htmlFor={languageId} className="text-sm">
          Language
        </label>
        <select
          id={languageId}
          name="language"
          defaultValue="en"
          className="rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
        >
          <option value="en">English</option>
          <option value="km" lang="km">
            ខ្មែរ (Khmer)
          </option>
        </select>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-4 py-1.5 text-sm font-bold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        >
          {pending ? "Creating…" : "New story"}
        </button>
      </div>
      {state?.error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-2 py-1 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          {state.error}
        </p>
      )}
    </form>
  );
}
