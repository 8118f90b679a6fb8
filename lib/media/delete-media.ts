import type { Database } from "../../db/client";
import { deleteMediaRow, selectMediaById } from "../../db/queries/media";
import { describeMediaUsage, findMediaUsage, type MediaUsage } from "./find-media-usage";
import { canEditMedia } from "./media-item";
import type { MediaStorage } from "./storage";
import { MEDIA_FORBIDDEN, MEDIA_NOT_FOUND, type MediaActor } from "./update-media-details";

export type DeleteMediaResult =
  | { ok: true; filename: string }
  | { ok: false; status: 403 | 404; message: string }
  | { ok: false; status: 409; message: string; usage: MediaUsage[] };

/**
 * Deletes an image that no story uses. An image used anywhere (lead image or
 * a figure in the body, of a working copy or a live version) is refused with
 * the list of stories: removing it would leave holes in published pages, so
 * it must first be taken out of those stories. The row is locked while usage
 * is checked; files are removed only after the row is gone.
 */
export async function deleteMedia(db: Database, storage: MediaStorage, user: MediaActor | null, mediaId: string): Promise<DeleteMediaResult> {
  const outcome = await db.transaction(async (tx): Promise<DeleteMediaResult | { ok: true; filename: string; keys: string[] }> => {
    const image = await selectMediaById(tx, { id: mediaId, forUpdate: true });
    if (!image) return { ok: false, status: 404, message: MEDIA_NOT_FOUND };
    if (!canEditMedia(user, image)) return { ok: false, status: 403, message: MEDIA_FORBIDDEN };
    const usage = await findMediaUsage(tx, mediaId);
    if (usage.length > 0) {
      const name = image.filename || "This image";
      return {
        ok: false,
        status: 409,
        message: `${name} cannot be deleted: it is ${describeMediaUsage(usage)}. Take it out of those stories first.`,
        usage,
      };
    }
    await deleteMediaRow(tx, { id: mediaId });
    return { ok: true, filename: image.filename, keys: [image.storageKey, ...image.variants.map((variant) => variant.key)] };
  });
  if (!outcome.ok) return outcome;
  if ("keys" in outcome) {
    // A file left behind is harmless (nothing links to it); a failure here must not undo the delete.
    const results = await Promise.allSettled(outcome.keys.map((key) => storage.delete(key)));
    for (const result of results) if (result.status === "rejected") console.error("Could not remove a deleted image's file", result.reason);
  }
  return { ok: true, filename: outcome.filename };
}
