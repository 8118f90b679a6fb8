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

/**
 * Counts words with ICU's word segmenter, because Khmer writes words without
 * spaces between them and splitting on whitespace would count whole phrases.
 */
export function countWords(text: string, language = "en"): number {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    wordSegmenters.set(language, segmenter);
  }
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Minutes to read at 200 words a minute, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}
