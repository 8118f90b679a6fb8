"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { buttonClass, describedBy, errorsOf, FieldErrors, FormMessage, hintClass, inputClass, labelClass, valueOf } from "@/components/forms/form-feedback";
import { addCorrectionAction, type CorrectionFormState } from "@/lib/actions/correction-actions";

/** Adds a dated correction or clarification to a live story (editors and admins). */
export function CorrectionForm({ articleId, onAdded }: { articleId: string; onAdded?: () => void }) {
  const [state, formAction, pending] = useActionState<CorrectionFormState | null, FormData>(addCorrectionAction, null);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const textErrors = errorsOf(state, "text");
  const kindErrors = errorsOf(state, "kind");

  const onAddedRef = useRef(onAdded);
  useEffect(() => {
    onAddedRef.current = onAdded;
  });
  // Once per successful submission (a new state object), not on every render.
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      onAddedRef.current?.();
    }
  }, [state]);

  return (
    <form ref={form} action={formAction} className="space-y-3 border-t border-stone-300 pt-4 dark:border-stone-700">
      <h3 className="font-bold">Add a correction</h3>
      <p className={hintClass}>Readers see it, dated, at the foot of the story. It cannot be edited or removed later.</p>
      <input type="hidden" name="articleId" value={articleId} />
      <fieldset>
        <legend className={labelClass}>Kind</legend>
        <div className="mt-1 flex gap-4">
          <label className="flex items-center gap-1">
            <input type="radio" name="kind" value="correction" defaultChecked={valueOf(state, "kind", "correction") === "correction"} /> Correction
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="kind" value="clarification" defaultChecked={valueOf(state, "kind") === "clarification"} /> Clarification
          </label>
        </div>
        <FieldErrors id={`${id}-kind-errors`} errors={kindErrors} />
      </fieldset>
      <div>
        <label htmlFor={`${id}-text`} className={labelClass}>
          Text
        </label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={3}
          required
          defaultValue={valueOf(state, "text")}
          key={state && !state.ok ? `failed-${state.error}` : "fresh"}
          className={inputClass}
          {...describedBy(`${id}-text`, textErrors)}
        />
        <FieldErrors id={`${id}-text-errors`} errors={textErrors} />
      </div>
      <FormMessage state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Adding…" : "Add correction"}
      </button>
    </form>
  );
}
