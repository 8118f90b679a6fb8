import type { Language } from "../../db/schema";

export const NEWSROOM_TIMEZONE = "Asia/Phnom_Penh";
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Calendar words for one story, counted from the story's own date. The demo is
 * seeded relative to "now", so a story published three days ago must say
 * "on Monday" or "ថ្ងៃចន្ទ" for whichever day that really was.
 */
export type DateWords = {
  /** The weekday `offset` days from the story's date: "Tuesday", "ថ្ងៃអង្គារ". */
  weekday(offset?: number): string;
  /** Month and day: "Oct. 16", "ថ្ងៃទី១៦ ខែតុលា". */
  date(offset?: number): string;
  /** With the year: "Oct. 16, 2026", "ថ្ងៃទី១៦ ខែតុលា ឆ្នាំ២០២៦". */
  fullDate(offset?: number): string;
  /** The year: "2026", "២០២៦". */
  year(offset?: number): string;
};

// Associated Press style, as English-language papers in the region print dates.
const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

function parts(date: Date, locale: string): Record<string, string> {
  const formatter = new Intl.DateTimeFormat(locale, {
    timeZone: NEWSROOM_TIMEZONE,
    weekday: "long",
    day: "numeric",
    month: locale.startsWith("km") ? "long" : "numeric",
    year: "numeric",
  });
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) out[part.type] = part.value;
  return out;
}

export function dateWords(anchor: Date, language: Language): DateWords {
  const at = (offset = 0) => new Date(anchor.getTime() + offset * DAY_MS);
  if (language === "km") {
    // Khmer digits and the written form "ថ្ងៃទី… ខែ… ឆ្នាំ…" used by Khmer newspapers.
    const km = (offset?: number) => parts(at(offset), "km-u-nu-khmr");
    return {
      weekday: (offset) => `ថ្ងៃ${km(offset).weekday}`,
      date: (offset) => `ថ្ងៃទី${km(offset).day} ខែ${km(offset).month}`,
      fullDate: (offset) => `ថ្ងៃទី${km(offset).day} ខែ${km(offset).month} ឆ្នាំ${km(offset).year}`,
      year: (offset) => `${km(offset).year}`,
    };
  }
  const en = (offset?: number) => parts(at(offset), "en-US");
  const monthDay = (offset?: number) => `${AP_MONTHS[Number(en(offset).month) - 1]} ${en(offset).day}`;
  return {
    weekday: (offset) => `${en(offset).weekday}`,
    date: monthDay,
    fullDate: (offset) => `${monthDay(offset)}, ${en(offset).year}`,
    year: (offset) => `${en(offset).year}`,
  };
}

/** The calendar day in the newsroom's time zone, "YYYY-MM-DD", as article_views_daily counts days. */
export function newsroomDay(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: NEWSROOM_TIMEZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** The given instant moved to hour:minute newsroom time on the same newsroom day (Cambodia has no DST: UTC+7). */
export function atNewsroomTime(date: Date, hour: number, minute = 0): Date {
  const [year, month, day] = newsroomDay(date).split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, hour - 7, minute));
}
