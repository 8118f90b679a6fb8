import type { JSONContent } from "@tiptap/core";

// Small constructors for Tiptap JSON, so the demo stories read as prose rather
// than as nested objects. Node and mark names are those of the story schema
// (lib/rich-text/extensions.ts): StarterKit's plus pullQuote.

/** A run of inline content: plain strings, or nodes made by bold/italic/link. */
export type Inline = string | JSONContent;

function inline(parts: Inline[]): JSONContent[] {
  return parts
    .filter((part) => part !== "")
    .map((part) => (typeof part === "string" ? { type: "text", text: part } : part));
}

export function doc(...blocks: JSONContent[]): JSONContent {
  return { type: "doc", content: blocks };
}

export function p(...parts: Inline[]): JSONContent {
  return { type: "paragraph", content: inline(parts) };
}

export function h2(text: string): JSONContent {
  return { type: "heading", attrs: { level: 2 }, content: inline([text]) };
}

export function h3(text: string): JSONContent {
  return { type: "heading", attrs: { level: 3 }, content: inline([text]) };
}

export function bold(text: string): JSONContent {
  return { type: "text", text, marks: [{ type: "bold" }] };
}

export function italic(text: string): JSONContent {
  return { type: "text", text, marks: [{ type: "italic" }] };
}

export function link(text: string, href: string): JSONContent {
  // The demo must model good practice: stories link out over https only.
  if (!href.startsWith("https://")) throw new Error(`Demo links must use https: ${href}`);
  return { type: "text", text, marks: [{ type: "link", attrs: { href } }] };
}

/** A quotation from a source at length; each argument is one paragraph. */
export function blockquote(...paragraphs: Inline[][]): JSONContent {
  return { type: "blockquote", content: paragraphs.map((parts) => p(...parts)) };
}

/** A highlighted line set apart from the text; plain text only, as the schema allows. */
export function pullQuote(text: string): JSONContent {
  return { type: "pullQuote", content: inline([text]) };
}

function list(type: "bulletList" | "orderedList", items: Inline[][]): JSONContent {
  return { type, content: items.map((parts) => ({ type: "listItem", content: [p(...parts)] })) };
}

export function bulletList(...items: Inline[][]): JSONContent {
  return list("bulletList", items);
}

export function orderedList(...items: Inline[][]): JSONContent {
  return list("orderedList", items);
}

export const hardBreak: JSONContent = { type: "hardBreak" };
export const horizontalRule: JSONContent = { type: "horizontalRule" };
