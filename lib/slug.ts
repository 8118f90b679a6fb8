const MAX_SLUG_LENGTH = 80;
// Made on first use: building a segmenter loads ICU's break rules, which
// delayed every page that imports this module (the story editor by ~50 ms at a
// 4× CPU slowdown) even when it slugified nothing.
let khmerWords: Intl.Segmenter | undefined;

/**
 * A URL slug that stays readable in either language: Latin text is lowercased
 * and stripped of accents; Khmer keeps its letters, with hyphens between words
 * found by ICU (Khmer runs words together without spaces).
 */
export function slugify(input: string): string {
  const words: string[] = [];
  const normalized = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/['\u2019]/g, "");
  khmerWords ??= new Intl.Segmenter("km", { granularity: "word" });
  for (const segment of khmerWords.segment(normalized)) {
    if (!segment.isWordLike) continue;
    const word = segment.segment.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
    if (word) words.push(word);
  }
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > MAX_SLUG_LENGTH) {
      // A first word longer than the limit is cut rather than lost.
      if (!slug) slug = [...word].slice(0, MAX_SLUG_LENGTH).join("");
      break;
    }
    slug = next;
  }
  return slug;
}

/** True for a slug as slugify would write it: letters, marks and digits joined by single hyphens. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && [...slug].length <= MAX_SLUG_LENGTH && /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(slug);
}
