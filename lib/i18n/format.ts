import type { Language } from "@/db/schema";
import { localeFor } from "./languages";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as the newsroom prints it, in its timezone and the reader's language:
 * "16 October 2025 at 16:05" or "១៦ តុលា ២០២៥ នៅម៉ោង ១៦:០៥" (Khmer digits and
 * month names). A 24-hour clock, because CLDR's Khmer 12-hour clock writes a
 * Latin "PM".
 */
export function formatDate(date: Date, language: Language, timeZone: string, withTime = false): string {
  const key = `${language}|${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeFor(language), {
      day: "numeric",
      month: "long",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
      timeZone,
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}
