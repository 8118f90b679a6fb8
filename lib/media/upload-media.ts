import type { Executor } from "../../db/client";
import { userCan } from "../auth/permissions";
import { toMediaItem, type MediaItem } from "./media-item";
import { ImageRejectedError } from "./process-image";
import type { MediaStorage } from "./storage";
import { storeImage } from "./store-image";
import type { MediaActor } from "./update-media-details";

export type UploadMediaResult = { ok: true; item: MediaItem } | { ok: false; status: 403 | 413 | 415 | 422; message: string };

const STATUS_FOR_REASON = { "too-large": 413, "too-many-pixels": 413, unsupported: 415, damaged: 422 } as const;

/**
 * Stores one uploaded image for the media library: checked by content,
 * re-encoded without metadata (see processImage). A refusal names the file
 * and the reason.
 */
export async function uploadMedia(
  db: Executor,
  storage: MediaStorage,
  user: MediaActor | null,
  upload: { filename: string; buffer: Buffer },
): Promise<UploadMediaResult> {
  if (!user || !userCan(user, "media.upload")) {
    return { ok: false, status: 403, message: `${upload.filename || "The file"}: you don't have permission to upload images.` };
  }
  try {
    const row = await storeImage(db, storage, { buffer: upload.buffer, filename: upload.filename, uploadedBy: user.id });
    return { ok: true, item: toMediaItem({ ...row, uploaderName: user.name ?? null }, user) };
  } catch (error) {
    if (error instanceof ImageRejectedError) return { ok: false, status: STATUS_FOR_REASON[error.reason], message: error.message };
    throw error;
  }
}
