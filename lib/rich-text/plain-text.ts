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
 * Counts words with ICU's word segmenter, because Khmer writes words without
 * spaces between them and splitting on whitespace would count whole phrases.
 * V8's segmenter slows down with the square of the string's length (a
 * 20,000-word story took ~10 s in one piece, ~30 ms in pieces), so long text
 * is counted in pieces cut at whitespace, which gives the same count.
 */
export function countWords(text: string, language = "en"): number {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    wordSegmenters.set(language, segmenter);
  }
  let count = 0;
  for (const piece of piecesAtWhitespace(text)) {
    for (const segment of segmenter.segment(piece)) if (segment.isWordLike) count++;
  }
  return count;
}

/** Minutes to read at 200 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}
