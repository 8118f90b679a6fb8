import { SNIPPET_START, SNIPPET_STOP } from "@/db/queries/public-search";
import type { SnippetPart } from "./types";

// Search excerpts as data, never as HTML: pages render each part as text and
// wrap matches in <mark>, so nothing a story contains can become markup.

const ELLIPSIS = "…";
const words = new Intl.Segmenter("km", { granularity: "word" });

function pushPart(parts: SnippetPart[], text: string, match: boolean): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.match === match) last.text += text;
  else parts.push({ text, match });
}

/** Reads ts_headline's output, whose matches sit between SNIPPET_START and SNIPPET_STOP. */
export function parseHeadlineSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet.replace(/\s+/g, " ").trim();
  while (rest) {
    const start = rest.indexOf(SNIPPET_START);
    if (start === -1) {
      pushPart(parts, rest, false);
      break;
    }
    pushPart(parts, rest.slice(0, start), false);
    const stop = rest.indexOf(SNIPPET_STOP, start + 1);
    const end = stop === -1 ? rest.length : stop;
    pushPart(parts, rest.slice(start + 1, end), true);
    rest = stop === -1 ? "" : rest.slice(stop + 1);
  }
  return parts;
}

/**
 * The words a prepared query looks for (what the search highlights): quotes
 * and `or` dropped, excluded words (`-word`) left out, lower case as the
 * 'simple' text search configuration compares them.
 */
export function queryWords(preparedQuery: string): Set<string> {
  const found = new Set<string>();
  for (const token of preparedQuery.toLowerCase().split(/\s+/)) {
    if (!token || token.startsWith("-") || token === "or") continue;
    const word = token.replace(/["“”]/g, "");
    if (word) found.add(word);
  }
  return found;
}

/**
 * An excerpt of Khmer text around the first words the query found, cut from
 * the text as written (its spaces and punctuation kept). PostgreSQL's own
 * excerpt works on the word-split search column, which has lost both.
 * Words are found by ICU exactly as the search column was split, so a match
 * here is a match there.
 */
export function excerptAround(text: string, wanted: ReadonlySet<string>, maxWords = 30): SnippetPart[] {
  const segments = [...words.segment(text.normalize("NFC"))];
  const wordIndexes: number[] = [];
  let firstMatch = -1;
  segments.forEach((segment, index) => {
    if (!segment.isWordLike) return;
    if (firstMatch === -1 && wanted.has(segment.segment.replace(/\u200b/g, "").toLowerCase())) firstMatch = wordIndexes.length;
    wordIndexes.push(index);
  });
  if (wordIndexes.length === 0) return [];
  // A few words of context before the first match, the rest after it.
  const firstWord = Math.max(0, Math.min(firstMatch === -1 ? 0 : firstMatch - 6, wordIndexes.length - maxWords));
  const lastWord = Math.min(wordIndexes.length - 1, firstWord + maxWords - 1);
  const from = firstWord === 0 ? 0 : (wordIndexes[firstWord] ?? 0);
  const to = lastWord === wordIndexes.length - 1 ? segments.length - 1 : (wordIndexes[lastWord] ?? segments.length - 1);

  const parts: SnippetPart[] = [];
  if (from > 0) pushPart(parts, `${ELLIPSIS} `, false);
  for (let index = from; index <= to; index++) {
    const segment = segments[index];
    if (!segment) continue;
    const match = segment.isWordLike === true && wanted.has(segment.segment.replace(/\u200b/g, "").toLowerCase());
    pushPart(parts, segment.segment.replace(/\s+/g, " "), match);
  }
  if (to < segments.length - 1) pushPart(parts, ` ${ELLIPSIS}`, false);
  const first = parts[0];
  if (first) first.text = first.text.trimStart();
  const last = parts.at(-1);
  if (last) last.text = last.text.trimEnd();
  return parts.filter((part) => part.text !== "");
}
