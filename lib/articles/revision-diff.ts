import type { JSONContent } from "@tiptap/core";
import { diffArrays, diffWords, type ChangeObject } from "diff";

// Pure: turns two resolved snapshots of a story into a diff a person can read.
// No database, so it is unit-tested on its own and could run in a browser.

export type TextPart = { kind: "same" | "added" | "removed"; text: string };

export type FieldDiff =
  | { field: "headline" | "standfirst"; label: string; parts: TextPart[] }
  | { field: "slug" | "section" | "leadImage"; label: string; from: string; to: string }
  | { field: "bylines"; label: string; from: string[]; to: string[] }
  | { field: "tags"; label: string; added: string[]; removed: string[] };

export type BodyChunk =
  | { kind: "same"; text: string }
  | { kind: "skipped"; count: number }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string }
  | { kind: "changed"; parts: TextPart[] };

export type SnapshotDiff = { fields: FieldDiff[]; body: BodyChunk[]; bodyChanged: boolean };

/** A snapshot with ids already turned into names, and the body as one string per block. */
export type DiffableSnapshot = {
  headline: string;
  standfirst: string;
  slug: string;
  section: string | null;
  bylines: string[];
  tags: string[];
  leadImage: string | null;
  blocks: string[];
};

/** Unchanged paragraphs shown around each change; the rest are counted, not shown. */
const CONTEXT = 1;
/** Below this share of shared text, an edited paragraph reads better as removed + added. */
const SIMILARITY = 0.4;
/** Word diffs that take longer than this fall back to whole paragraphs. */
const WORD_DIFF_TIMEOUT_MS = 250;

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

function toParts(changes: ChangeObject<string>[]): TextPart[] {
  return changes.map((change) => ({ kind: change.added ? "added" : change.removed ? "removed" : "same", text: change.value }));
}

/**
 * A word-level diff. Words are found by ICU's segmenter for the story's
 * language, so Khmer, written without spaces between words, diffs by word
 * rather than by whole phrase. Null when it would take too long.
 */
export function diffText(from: string, to: string, language: string): TextPart[] | null {
  if (from === to) return from ? [{ kind: "same", text: from }] : [];
  const changes = diffWords(from, to, { intlSegmenter: wordSegmenter(language), timeout: WORD_DIFF_TIMEOUT_MS });
  return changes ? toParts(changes) : null;
}

function sharedShare(parts: readonly TextPart[], from: string, to: string): number {
  const same = parts.filter((part) => part.kind === "same").reduce((total, part) => total + part.text.trim().length, 0);
  return same / Math.max(1, from.length, to.length);
}

function nodeText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(nodeText).join("");
}

const CONTAINERS = new Set(["doc", "blockquote", "bulletList", "orderedList", "listItem"]);

/**
 * The body as one string per text block, in reading order, descending into
 * quotes and lists. Images, videos and rules get a line of their own, so
 * adding or removing one shows in the diff.
 */
export function documentBlocks(doc: JSONContent, describeImage: (mediaId: string) => string): string[] {
  const blocks: string[] = [];
  const visit = (node: JSONContent) => {
    const type = node.type ?? "";
    if (CONTAINERS.has(type)) {
      for (const child of node.content ?? []) visit(child);
      return;
    }
    switch (type) {
      case "imageFigure":
        blocks.push(`[Image: ${describeImage(String(node.attrs?.mediaId ?? ""))}]`);
        return;
      case "videoEmbed":
        blocks.push(`[Video: ${String(node.attrs?.provider ?? "video")} ${String(node.attrs?.videoId ?? "")}]`.trim());
        return;
      case "horizontalRule":
        blocks.push("[Divider]");
        return;
      case "pullQuote":
        blocks.push(`[Pull quote] ${nodeText(node)}`);
        return;
      default: {
        const text = nodeText(node).trim();
        if (text) blocks.push(text);
      }
    }
  };
  visit(doc);
  return blocks;
}

function pairOrSplit(removed: string[], added: string[], language: string, out: BodyChunk[]): void {
  const paired = Math.min(removed.length, added.length);
  for (let index = 0; index < paired; index++) {
    const from = removed[index] as string;
    const to = added[index] as string;
    const parts = diffText(from, to, language);
    if (parts && sharedShare(parts, from, to) >= SIMILARITY) out.push({ kind: "changed", parts });
    else out.push({ kind: "removed", text: from }, { kind: "added", text: to });
  }
  for (const text of removed.slice(paired)) out.push({ kind: "removed", text });
  for (const text of added.slice(paired)) out.push({ kind: "added", text });
}

function pushUnchanged(run: readonly string[], position: "start" | "middle" | "end", out: BodyChunk[]): void {
  const before = position === "start" ? 0 : CONTEXT;
  const after = position === "end" ? 0 : CONTEXT;
  if (run.length <= before + after + 1) {
    for (const text of run) out.push({ kind: "same", text });
    return;
  }
  for (const text of run.slice(0, before)) out.push({ kind: "same", text });
  out.push({ kind: "skipped", count: run.length - before - after });
  for (const text of run.slice(run.length - after)) out.push({ kind: "same", text });
}

/** Paragraph-level diff of two bodies, with word-level detail inside edited paragraphs. */
export function diffBlocks(from: string[], to: string[], language: string): BodyChunk[] {
  const changes = diffArrays(from, to);
  if (changes.every((change) => !change.added && !change.removed)) return [];
  const out: BodyChunk[] = [];
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index] as ChangeObject<string[]>;
    if (!change.added && !change.removed) {
      const position = index === 0 ? "start" : index === changes.length - 1 ? "end" : "middle";
      pushUnchanged(change.value, position, out);
      continue;
    }
    // jsdiff emits a removal before the addition that replaces it.
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      pairOrSplit(change.value, next.value, language, out);
      index++;
    } else if (change.removed) {
      for (const text of change.value) out.push({ kind: "removed", text });
    } else {
      for (const text of change.value) out.push({ kind: "added", text });
    }
  }
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** What changed from one snapshot to the other, field by field, then the body. */
export function diffSnapshots(from: DiffableSnapshot, to: DiffableSnapshot, language: string): SnapshotDiff {
  const fields: FieldDiff[] = [];
  for (const [field, label] of [
    ["headline", "Headline"],
    ["standfirst", "Standfirst"],
  ] as const) {
    if (from[field] !== to[field]) {
      fields.push({ field, label, parts: diffText(from[field], to[field], language) ?? [{ kind: "removed", text: from[field] }, { kind: "added", text: to[field] }] });
    }
  }
  if (from.slug !== to.slug) fields.push({ field: "slug", label: "Web address (slug)", from: from.slug, to: to.slug });
  if (from.section !== to.section) fields.push({ field: "section", label: "Section", from: from.section ?? "None", to: to.section ?? "None" });
  if (!sameList(from.bylines, to.bylines)) fields.push({ field: "bylines", label: "Bylines", from: from.bylines, to: to.bylines });
  const added = to.tags.filter((tag) => !from.tags.includes(tag));
  const removed = from.tags.filter((tag) => !to.tags.includes(tag));
  if (added.length || removed.length) fields.push({ field: "tags", label: "Tags", added, removed });
  if (from.leadImage !== to.leadImage) fields.push({ field: "leadImage", label: "Lead image", from: from.leadImage ?? "None", to: to.leadImage ?? "None" });
  const body = diffBlocks(from.blocks, to.blocks, language);
  return { fields, body, bodyChanged: body.length > 0 };
}
