import type { Language } from "@/db/schema";
import { localeFor } from "./languages";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as the newsroom prints it, in its timezone and the reader's language. */
export function formatDate(date: Date, language: Language, timeZone: string, withTime = false): string {
  const key = `${language}|${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(language), {
      dateStyle: "long",
      ...(withTime ? { timeStyle: "short" } : {}),
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}
