// Pieces every newsroom form shares: the message at the top, the errors under
// a field, and the input styles. Errors are tied to their field with
// aria-describedby and announced (role="alert"); successes with role="status".

export const inputClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";

export const labelClass = "block text-sm font-bold";

export const hintClass = "mt-1 text-sm text-stone-600 dark:text-stone-400";

export const buttonClass =
  "rounded bg-stone-900 px-4 py-2 font-bold text-white hover:bg-stone-700 disabled:cursor-wait disabled:opacity-70 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300";

export const secondaryButtonClass =
  "rounded border border-stone-500 px-3 py-1 text-sm hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-50 dark:hover:bg-stone-800";

export const dangerButtonClass =
  "rounded border border-red-700 px-3 py-1 text-sm font-bold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70 dark:text-red-300 dark:hover:bg-red-950";

type FormResult = { ok: true; message: string } | { ok: false; error: string };

/** The whole form's outcome; nothing before the first submission. */
export function FormMessage({ state, id }: { state: FormResult | null; id?: string }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p id={id} role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-950 dark:bg-green-950 dark:text-green-100">
        {state.message}
      </p>
    );
  }
  return (
    <p id={id} role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
      {state.error}
    </p>
  );
}

/** Errors of one field; give the field aria-describedby={id} and aria-invalid when there are any. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-800 dark:text-red-300">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/** The field errors of a state, or nothing when it succeeded or has not run. */
export function errorsOf<F extends string>(
  state: { ok: true } | { ok: false; fieldErrors: Partial<Record<F, string[]>> } | null,
  field: F,
): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[field] : undefined;
}

/** What was typed into a field before a failed submission, for defaultValue. */
export function valueOf<F extends string>(
  state: { ok: true } | { ok: false; values?: Partial<Record<F, string>> } | null,
  field: F,
  fallback = "",
): string {
  return (state && !state.ok ? state.values?.[field] : undefined) ?? fallback;
}

/** aria attributes for a field with (possible) errors and an optional hint. */
export function describedBy(id: string, errors: readonly string[] | undefined, hintId?: string) {
  const ids = [hintId, errors?.length ? `${id}-errors` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": ids || undefined } as const;
}
