"use client";

import { useActionState } from "react";
import { buttonClass, describedBy, errorsOf, FieldErrors, FormMessage, hintClass, inputClass, labelClass, valueOf } from "@/components/forms/form-feedback";
import { mergeTagsAction } from "@/lib/actions/tag-actions";

type TagOption = { id: string; name: string; slug: string; usage: number };

function optionLabel(tag: TagOption): string {
  return `${tag.name} (${tag.slug}) — ${tag.usage === 1 ? "1 story" : `${tag.usage} stories`}`;
}

/** Merge tag A into tag B: A's stories get B, and A is deleted. */
export function MergeTagsForm({ tags }: { tags: readonly TagOption[] }) {
  const [state, formAction, pending] = useActionState(mergeTagsAction, null);
  const sourceErrors = errorsOf(state, "sourceId");
  const targetErrors = errorsOf(state, "targetId");
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      <p className={hintClass}>Every story tagged with the first tag gets the second instead, and the first tag is deleted.</p>
      <div>
        <label htmlFor="merge-source" className={labelClass}>
          Merge this tag
        </label>
        {/* Keyed by its default, so the reset after a failure restores the choice (React leaves a mounted select's default alone). */}
        <select key={`source-${valueOf(state, "sourceId")}`} id="merge-source" name="sourceId" defaultValue={valueOf(state, "sourceId")} className={inputClass} {...describedBy("merge-source", sourceErrors)}>
          <option value="">Choose a tag…</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {optionLabel(tag)}
            </option>
          ))}
        </select>
        <FieldErrors id="merge-source-errors" errors={sourceErrors} />
      </div>
      <div>
        <label htmlFor="merge-target" className={labelClass}>
          into this tag
        </label>
        <select key={`target-${valueOf(state, "targetId")}`} id="merge-target" name="targetId" defaultValue={valueOf(state, "targetId")} className={inputClass} {...describedBy("merge-target", targetErrors)}>
          <option value="">Choose a tag…</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {optionLabel(tag)}
            </option>
          ))}
        </select>
        <FieldErrors id="merge-target-errors" errors={targetErrors} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Merging…" : "Merge tags"}
      </button>
    </form>
  );
}
