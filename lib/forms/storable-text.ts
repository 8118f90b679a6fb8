import { z } from "zod";

// PostgreSQL stores no NUL character (U+0000) in text or jsonb: a value
// holding one made the whole statement fail, so a search, a story's address
// or a save answered with a server error. Nobody types one; it comes with
// pasted or hand-made input and carries nothing, so every way in removes it.

const NUL = /\u0000/g;

export function removeNulCharacters(value: string): string {
  return value.includes("\u0000") ? value.replace(NUL, "") : value;
}

/** The same through arrays and plain objects (a story document, a parsed JSON request). */
export function removeNulCharactersDeep(value: unknown): unknown {
  if (typeof value === "string") return removeNulCharacters(value);
  if (Array.isArray(value)) return value.map(removeNulCharactersDeep);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, removeNulCharactersDeep(entry)]));
  }
  return value;
}

/** `schema`, run on a string whose NUL characters have been removed first. */
export function storableText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" ? removeNulCharacters(value) : value), schema);
}
