import { randomUUID } from "node:crypto";
import type { Executor } from "../../db/client";
import { media, type MediaVariant } from "../../db/schema";
import { processImage, type ProcessedFile, type ProcessedImage } from "./process-image";
import type { MediaStorage } from "./storage";

export type StoreImageInput = {
  buffer: Buffer;
  /** The uploaded file's name: kept for the media library, never used as a storage key. */
  filename: string;
  uploadedBy: string | null;
  altText?: string;
  caption?: string;
  credit?: string;
};

export type StoredMedia = typeof media.$inferSelect;

/** What storeProcessedImage records alongside the files. */
export type MediaDetails = Omit<StoreImageInput, "buffer">;

/** The name as shown in the media library: no folders, no control characters, a sane length. */
function cleanFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
}

/**
 * Processes an upload (see processImage: validated by content, re-encoded,
 * metadata stripped), writes the original and its variants to storage and
 * records them in the media table. Throws ImageRejectedError for a refused
 * upload.
 */
export async function storeImage(db: Executor, storage: MediaStorage, input: StoreImageInput): Promise<StoredMedia> {
  const { buffer, ...details } = input;
  const processed = await processImage(buffer, cleanFilename(details.filename) || "upload");
  return storeProcessedImage(db, storage, processed, details);
}

/**
 * The second half of storeImage, for an image processImage has already
 * handled (the demo seed processes each picture once and stores it for several
 * stories). Keys are a fresh random id plus the rendition, so a key is never
 * reused and files can be cached forever. On any failure the files already
 * written are removed again.
 */
export async function storeProcessedImage(
  db: Executor,
  storage: MediaStorage,
  processed: ProcessedImage,
  details: MediaDetails,
): Promise<StoredMedia> {
  const filename = cleanFilename(details.filename);
  const id = randomUUID();
  const originalKey = `${id}/original.${processed.original.extension}`;
  const variantFiles = processed.variants.map((file) => ({ key: `${id}/w${file.width}.${file.extension}`, file }));
  const files: { key: string; file: ProcessedFile }[] = [{ key: originalKey, file: processed.original }, ...variantFiles];

  const written: string[] = [];
  try {
    for (const { key, file } of files) {
      await storage.put(key, file.data, file.contentType);
      written.push(key);
    }
    const variants: MediaVariant[] = variantFiles.map(({ key, file }) => ({
      width: file.width,
      height: file.height,
      key,
      bytes: file.bytes,
    }));
    const [row] = await db
      .insert(media)
      .values({
        id,
        storageKey: originalKey,
        mimeType: processed.original.contentType,
        width: processed.original.width,
        height: processed.original.height,
        byteSize: processed.original.bytes,
        variants,
        filename,
        altText: details.altText?.trim() ?? "",
        caption: details.caption?.trim() ?? "",
        credit: details.credit?.trim() ?? "",
        uploadedBy: details.uploadedBy,
      })
      .returning();
    if (!row) throw new Error("Inserting the media row returned nothing");
    return row;
  } catch (error) {
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}
