import type { Executor } from "../../db/client";
import { selectMediaById, updateMediaDetailsRow } from "../../db/queries/media";
import type { PermissionSubject } from "../auth/permissions";
import { findMediaUsage, type MediaUsage } from "./find-media-usage";
import { canEditMedia, toMediaItem, type MediaItem } from "./media-item";
import type { MediaDetailsInput } from "./media-schemas";

export type MediaActor = PermissionSubject & { id: string; name?: string };

export type MediaResult<T> = { ok: true; value: T } | { ok: false; status: 403 | 404 | 409; message: string };

export const MEDIA_NOT_FOUND = "That image does not exist (it may have been deleted).";
export const MEDIA_FORBIDDEN = "You can only change images you uploaded yourself; an editor can change the others.";

/**
 * Sets an image's caption, credit and alt text (already validated by
 * mediaDetailsSchema). Returns the image and the stories using it, so the
 * caller can refresh the live ones: the details are shown wherever it appears.
 */
export async function updateMediaDetails(
  db: Executor,
  user: MediaActor | null,
  input: MediaDetailsInput,
): Promise<MediaResult<{ item: MediaItem; usage: MediaUsage[] }>> {
  const existing = await selectMediaById(db, { id: input.id });
  if (!existing) return { ok: false, status: 404, message: MEDIA_NOT_FOUND };
  if (!canEditMedia(user, existing)) return { ok: false, status: 403, message: MEDIA_FORBIDDEN };
  const updated = await updateMediaDetailsRow(db, { id: input.id, altText: input.altText, caption: input.caption, credit: input.credit });
  if (!updated) return { ok: false, status: 404, message: MEDIA_NOT_FOUND };
  const usage = await findMediaUsage(db, input.id);
  return { ok: true, value: { item: toMediaItem({ ...updated, uploaderName: existing.uploaderName }, user), usage } };
}
