import type { z } from "zod";
import { removeNulCharacters } from "./storable-text";

// The shape every form action returns to its form (through useActionState):
// a message for the whole form and, on failure, one list of messages per field.

export type FieldErrors<F extends string> = Partial<Record<F, string[]>>;

/** A form's or caller's input before its schema has checked it: every field may be anything, or missing. */
export type Untrusted<T> = { [K in keyof T]?: unknown };

/** An expected failure: nothing was changed, and the form says why. */
export type Failure<F extends string = string> = {
  ok: false;
  error: string;
  fieldErrors: FieldErrors<F>;
  /** What was typed, so the form can show it again (never passwords). */
  values?: Partial<Record<F, string>>;
};

export function failure<F extends string = string>(error: string, fieldErrors: FieldErrors<F> = {}): Failure<F> {
  return { ok: false, error, fieldErrors };
}

/** A failure about one field: the same words appear at the field and at the top of the form. */
export function fieldFailure<F extends string>(field: F, error: string): Failure<F> {
  const fieldErrors: FieldErrors<F> = {};
  fieldErrors[field] = [error];
  return { ok: false, error, fieldErrors };
}

/** A zod error as field errors for the named fields; the summary lists every message once. */
export function zodFailure<F extends string>(error: z.ZodError, fields: readonly F[]): Failure<F> {
  const known = new Set<string>(fields);
  const fieldErrors: FieldErrors<F> = {};
  const others: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && known.has(field)) (fieldErrors[field as F] ??= []).push(issue.message);
    else others.push(issue.message);
  }
  const messages = [...new Set([...Object.values<string[] | undefined>(fieldErrors).flatMap((list) => list ?? []), ...others])];
  return { ok: false, error: messages.join(" ") || "Check the form and try again.", fieldErrors };
}

/** Adds the submitted text back to a failure, leaving out the named (secret) fields. */
export function withValues<F extends string>(result: Failure<F>, values: Partial<Record<F, unknown>>, secret: readonly F[] = []): Failure<F> {
  const kept: Partial<Record<F, string>> = {};
  for (const [key, value] of Object.entries(values) as [F, unknown][]) {
    if (typeof value === "string" && !secret.includes(key)) kept[key] = value;
  }
  return { ...result, values: kept };
}

/** A text field from FormData (without NUL characters: lib/forms/storable-text.ts), or undefined when it is missing or a file. */
export function formText(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? removeNulCharacters(value) : undefined;
}
