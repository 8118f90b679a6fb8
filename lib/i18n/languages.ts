import { LANGUAGES, type Language } from "@/db/schema";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

// BCP 47 tags with Khmer digits on Khmer pages ("៥២១ views", not "521").
const LOCALES: Record<Language, string> = { en: "en-GB", km: "km-KH-u-nu-khmr" };

export function localeFor(language: Language): string {
  return LOCALES[language];
}

/** Path prefix of a language on the public site: English has none, Khmer is /km. */
export function languagePrefix(language: Language): string {
  return language === "en" ? "" : `/${language}`;
}

export function homePath(language: Language): string {
  return languagePrefix(language) || "/";
}

export function articlePath(language: Language, slug: string): string {
  return `${languagePrefix(language)}/articles/${encodeURIComponent(slug)}`;
}

/** Route params may arrive percent-encoded (Khmer slugs); a malformed one is just not found. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
