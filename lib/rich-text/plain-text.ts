import type { JSONContent } from "@tiptap/core";

// Nodes whose text reads as its own paragraph when the document is flattened.
const BLOCK_NODES = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "pullQuote",
  "listItem",
  "bulletList",
  "orderedList",
  "codeBlock",
  "horizontalRule",
  "imageFigure",
  "videoEmbed",
]);

function collect(node: JSONContent, out: string[]): void {
  if (node.type === "text" && typeof node.text === "string") {
    out.push(node.text);
    return;
  }
  if (node.type === "hardBreak") {
    out.push("\n");
    return;
  }
  const block = node.type !== undefined && BLOCK_NODES.has(node.type);
  if (block && out.length > 0 && out[out.length - 1] !== "\n\n") out.push("\n\n");
  for (const child of node.content ?? []) collect(child, out);
  if (block) out.push("\n\n");
}

/** The document's text, one paragraph per block, for search, excerpts and word counts. */
export function derivePlainText(doc: JSONContent): string {
  const out: string[] = [];
  collect(doc, out);
  return out
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Longest piece handed to the segmenter at once (see countWords). */
const SEGMENT_PIECE = 2_000;
const WHITESPACE = /\s/;

/**
 * The text in pieces of about SEGMENT_PIECE characters, cut only at
 * whitespace, which is always a word boundary. A run with no whitespace at
 * all stays whole.
 */
export function* piecesAtWhitespace(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > SEGMENT_PIECE) {
    let cut = -1;
    for (let index = start + SEGMENT_PIECE; index > start; index--) {
      if (WHITESPACE.test(text.charAt(index))) {
        cut = index;
        break;
      }
    }
    if (cut === -1) {
      const next = text.slice(start + SEGMENT_PIECE).search(WHITESPACE);
      cut = next === -1 ? text.length : start + SEGMENT_PIECE + next;
    }
    yield text.slice(start, cut);
    start = cut;
  }
  if (start < text.length) yield text.slice(start);
}

/**
 * A whitespace-separated token that ICU's word rules see as exactly one word:
 * a run of Latin letters and ASCII digits with common punctuation only before
 * and after it ("river,", "(2024)", "$100", "“yes”"). Anything else (Khmer,
 * "don't", "3.14", "e-mail", symbols that ICU counts as letters, like "ⓐ")
 * goes to the segmenter.
 */
const ONE_WORD_TOKEN = /^[!-/:-@[-`{-~“”‘’«»–—…¿¡€£°©]*[\p{Script=Latin}0-9]+[!-/:-@[-`{-~“”‘’«»–—…¿¡€£°©]*$/u;
// Whitespace as JavaScript knows it, less U+FEFF, which ICU ignores inside a word.
const TOKENS = /[^\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    wordSegmenters.set(language, segmenter);
  }
  return segmenter;
}

function countSegmented(text: string, segmenter: Intl.Segmenter): number {
  let count = 0;
  for (const piece of piecesAtWhitespace(text)) {
    for (const segment of segmenter.segment(piece)) if (segment.isWordLike) count++;
  }
  return count;
}

/**
 * Counts words with ICU's word segmenter, because Khmer writes words without
 * spaces between them and splitting on whitespace would count whole phrases.
 * The segmenter is slow (a 20,000-word English story took ~60 ms, on every
 * save), so tokens that are plainly one word are counted directly and only
 * the rest is segmented; whitespace is always a word boundary, so the count is
 * the same. V8's segmenter also slows down with the square of the string's
 * length, so what it gets is cut in pieces at whitespace.
 */
export function countWords(text: string, language = "en"): number {
  let count = 0;
  let rest = "";
  for (const [token] of text.matchAll(TOKENS)) {
    if (ONE_WORD_TOKEN.test(token)) count++;
    else rest += rest ? ` ${token}` : token;
  }
  return rest ? count + countSegmented(rest, segmenterFor(language)) : count;
}

/** Minutes to read at 200 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}
