import type { Language } from "@/db/schema";
import { languagePrefix } from "@/lib/i18n/languages";

/** Where a story's preview lives: inside its language's public site (/preview/… or /km/preview/…). */
export function previewPath(language: Language, articleId: string): string {
  return `${languagePrefix(language)}/preview/${encodeURIComponent(articleId)}`;
}
