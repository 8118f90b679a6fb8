"use client";

import { useActionState } from "react";
import { buttonClass, labelClass } from "@/components/forms/form-feedback";
import { createStoryAction } from "@/lib/actions/article-actions";

/** "New story": choose the language, create the draft, open it in the editor. */
export function NewStoryForm() {
  const [state, formAction, pending] = useActionState(createStoryAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <fieldset>
        <legend className={labelClass}>Language of the story</legend>
        <div className="mt-2 flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="language" value="en" defaultChecked /> English
          </label>
          <label className="flex items-center gap-2" lang="km">
            <input type="radio" name="language" value="km" /> ខ្មែរ (Khmer)
          </label>
        </div>
      </fieldset>
      {state?.error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          {state.error}
        </p>
      )}
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        {pending ? "Creating…" : "Create story"}
      </button>
    </form>
  );
}
