import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectUserById, updateUserProfile } from "@/db/queries/users";
import { ImageRejectedError, processImage } from "@/lib/media/process-image";
import type { MediaStorage } from "@/lib/media/storage";
import { storeProcessedImage } from "@/lib/media/store-image";
import { profileSchema, unknownUserFailure, validationFailure, type ProfileInput, type Untrusted, type UserFailure } from "./user-schemas";

/** Profile photos: what a phone takes, within what a server action accepts (next.config.ts bodySizeLimit). */
export const MAX_PROFILE_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_FORMATS = new Set(["jpeg", "png", "webp"]);
const PHOTO_FORMAT_MESSAGE = "Choose a JPEG, PNG or WebP photo.";

export type PhotoUpload = { buffer: Buffer; filename: string };
export type PhotoChange = { kind: "keep" } | { kind: "remove" } | { kind: "replace"; upload: PhotoUpload };

export type UpdateOwnProfileResult = { ok: true; changed: string[] } | UserFailure;

function photoFailure(error: string): UserFailure {
  return { ok: false, error, fieldErrors: { photo: [error] } };
}

/**
 * A person edits their own name, bio and photo, which the public author page
 * shows. The profile slug stays as it is, so author links keep working. A new
 * photo goes through processImage (checked by content, metadata stripped) and
 * into the media library with the person's name as its alt text.
 */
export async function updateOwnProfile(
  db: Executor,
  storage: MediaStorage,
  userId: string,
  input: Untrusted<ProfileInput>,
  photo: PhotoChange,
): Promise<UpdateOwnProfileResult> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { name, bio } = parsed.data;
  const user = await selectUserById(db, { id: userId });
  if (!user) return unknownUserFailure();

  let photoMediaId: string | null | undefined;
  if (photo.kind === "remove") photoMediaId = null;
  if (photo.kind === "replace") {
    const { buffer, filename } = photo.upload;
    if (buffer.length > MAX_PROFILE_PHOTO_BYTES) {
      return photoFailure(`That photo is ${(buffer.length / (1024 * 1024)).toFixed(1)} MB; photos are limited to ${MAX_PROFILE_PHOTO_BYTES / (1024 * 1024)} MB.`);
    }
    try {
      const processed = await processImage(buffer, filename);
      if (!PHOTO_FORMATS.has(processed.sourceFormat)) return photoFailure(PHOTO_FORMAT_MESSAGE);
      const stored = await storeProcessedImage(db, storage, processed, { filename, uploadedBy: userId, altText: name });
      photoMediaId = stored.id;
    } catch (error) {
      if (error instanceof ImageRejectedError) {
        return photoFailure(error.reason === "unsupported" ? PHOTO_FORMAT_MESSAGE : `The photo could not be used: ${error.message}.`);
      }
      throw error;
    }
  }

  const changed = [
    ...(name !== user.name ? ["name"] : []),
    ...(bio !== user.bio ? ["bio"] : []),
    ...(photoMediaId !== undefined && photoMediaId !== user.photoMediaId ? ["photo"] : []),
  ];
  if (changed.length === 0) return { ok: true, changed };
  await db.transaction(async (tx) => {
    await updateUserProfile(tx, { id: userId, name, bio, photoMediaId });
    await insertAuditEntry(tx, {
      actorId: userId,
      action: "user.profile_updated",
      targetType: "user",
      targetId: userId,
      details: { fields: changed },
    });
  });
  return { ok: true, changed };
}
