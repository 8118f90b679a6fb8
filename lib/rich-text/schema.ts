import { getSchema, type JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { storyExtensions } from "./extensions";
import { isSafeHref } from "./links";

let cachedSchema: Schema | undefined;

/** The ProseMirror schema of a story, built once from the shared extension list. */
export function storySchema(): Schema {
  cachedSchema ??= getSchema(storyExtensions());
  return cachedSchema;
}

export class InvalidDocumentError extends Error {
  override name = "InvalidDocumentError";
}

function findUnsafeLink(node: ProseMirrorNode): string | null {
  let bad: string | null = null;
  node.descendants((child) => {
    if (bad !== null) return false;
    for (const mark of child.marks) {
      if (mark.type.name === "link" && !isSafeHref(mark.attrs.href)) bad = String(mark.attrs.href);
    }
    return true;
  });
  return bad;
}

/**
 * Parses stored or submitted JSON into a document of the story schema, or
 * throws InvalidDocumentError saying what is wrong. Unknown node types, broken
 * nesting and links with other protocols are all refused.
 */
export function parseStoryDocument(json: unknown): ProseMirrorNode {
  if (typeof json !== "object" || json === null || (json as JSONContent).type !== "doc") {
    throw new InvalidDocumentError("The story body is not a document.");
  }
  let doc: ProseMirrorNode;
  try {
    doc = storySchema().nodeFromJSON(json);
    doc.check();
  } catch (error) {
    throw new InvalidDocumentError(`The story body is not a valid document: ${(error as Error).message}`);
  }
  const unsafe = findUnsafeLink(doc);
  if (unsafe !== null) throw new InvalidDocumentError(`The link "${unsafe}" is not allowed: only http, https and mailto links are.`);
  return doc;
}

export const EMPTY_DOCUMENT: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };
