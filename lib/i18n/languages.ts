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

export function otherLanguage(language: Language): Language {
  return language === "en" ? "km" : "en";
}

export function searchPath(language: Language): string {
  return `${languagePrefix(language)}/search`;
}

export function mostReadPath(language: Language): string {
  return `${languagePrefix(language)}/most-read`;
}

/** Page n of a listing: the listing's own address for page 1, then …/page/n. The home's later pages are /page/n. */
export function pagedPath(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath === "/" ? "" : basePath}/page/${page}`;
}
