import type { Executor } from "@/db/client";
import { selectMediaByIds } from "@/db/queries/public-articles";
import type { RichTextDoc } from "@/db/schema";
import { mediaUrl, srcSetFor } from "@/lib/media/media-url";
import type { PublicImage } from "@/lib/public/types";

/** The media ids of every image placed in a document. */
export function bodyMediaIds(doc: RichTextDoc): string[] {
  const ids = new Set<string>();
  const visit = (node: RichTextDoc) => {
    if (node.type === "imageFigure" && typeof node.attrs?.mediaId === "string") ids.add(node.attrs.mediaId);
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return [...ids];
}

/** Images by id, with the library's caption, credit and alt text, as the public page shows them. */
export async function loadImages(db: Executor, ids: string[]): Promise<Record<string, PublicImage>> {
  const rows = await selectMediaByIds(db, [...new Set(ids)]);
  return Object.fromEntries(
    rows.map((row) => [
      row.id,
      { id: row.id, src: mediaUrl(row.storageKey), srcSet: srcSetFor(row), width: row.width, height: row.height, alt: row.altText, caption: row.caption, credit: row.credit },
    ]),
  );
}
