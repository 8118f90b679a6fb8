import type { MediaListRow } from "../../db/queries/media";
import { userCan, type PermissionSubject } from "../auth/permissions";
import { mediaUrl, srcSetFor } from "./media-url";

/** An image as the newsroom's screens (library, picker) show it; plain data a client component can take. */
export type MediaItem = {
  id: string;
  filename: string;
  /** The re-encoded original. */
  src: string;
  /** Every WebP width, for `srcset`. */
  srcSet: string;
  /** The narrowest variant, for thumbnails. */
  thumbSrc: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  uploaderName: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** Whether the person looking may change its details or delete it. */
  canEdit: boolean;
};

type MediaOwner = { uploadedBy: string | null };

/** Anyone with media.manage may change any image; people who upload, their own. */
export function canEditMedia(user: (PermissionSubject & { id: string }) | null, image: MediaOwner): boolean {
  if (userCan(user, "media.manage")) return true;
  return Boolean(user && userCan(user, "media.upload") && image.uploadedBy !== null && image.uploadedBy === user.id);
}

export function toMediaItem(row: MediaListRow, viewer: (PermissionSubject & { id: string }) | null): MediaItem {
  const narrowest = [...row.variants].sort((a, b) => a.width - b.width)[0];
  return {
    id: row.id,
    filename: row.filename,
    src: mediaUrl(row.storageKey),
    srcSet: srcSetFor(row),
    thumbSrc: narrowest ? mediaUrl(narrowest.key) : mediaUrl(row.storageKey),
    width: row.width,
    height: row.height,
    alt: row.altText,
    caption: row.caption,
    credit: row.credit,
    uploaderName: row.uploaderName,
    createdAt: row.createdAt.toISOString(),
    canEdit: canEditMedia(viewer, row),
  };
}

/** What publishing will ask for and the image lacks (a lead image needs both). */
export function missingForPublishing(image: { alt: string; credit: string }): ("alt text" | "credit")[] {
  const missing: ("alt text" | "credit")[] = [];
  if (!image.alt.trim()) missing.push("alt text");
  if (!image.credit.trim()) missing.push("credit");
  return missing;
}
