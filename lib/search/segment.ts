import type { Language } from "@/db/schema";
import { piecesAtWhitespace } from "@/lib/rich-text/plain-text";

const khmerWords = new Intl.Segmenter("km", { granularity: "word" });

// Khmer script: U+1780–U+17FF and the Khmer symbols block U+19E0–U+19FF.
const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;

/**
 * Text prepared for PostgreSQL full-text search. PostgreSQL splits words on
 * spaces and punctuation, and Khmer writes words without spaces, so Khmer runs
 * are split into words with ICU first. The same function prepares stored
 * columns and incoming queries, so both sides agree on the words.
 */
export function segmentForSearch(text: string): string {
  if (!KHMER.test(text)) return text;
  const words: string[] = [];
  // In pieces cut at whitespace: V8's segmenter is quadratic in string length.
  for (const piece of piecesAtWhitespace(text.normalize("NFC"))) {
    for (const segment of khmerWords.segment(piece)) {
      if (segment.isWordLike) words.push(segment.segment.replace(/\u200b/g, ""));
    }
  }
  return words.join(" ");
}

/** The two weighted search fields of a live article. */
export function buildSearchFields(input: {
  language: Language;
  headline: string;
  standfirst: string;
  bodyText: string;
  tagNames: readonly string[];
}): { searchHead: string; searchBody: string } {
  return {
    searchHead: segmentForSearch([input.headline, ...input.tagNames].join(" \n")),
    searchBody: segmentForSearch([input.standfirst, input.bodyText].join(" \n")),
  };
}
