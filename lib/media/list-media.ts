import type { Executor } from "../../db/client";
import { countMedia, selectMediaPage } from "../../db/queries/media";
import { userCan, type PermissionSubject } from "../auth/permissions";
import { toMediaItem, type MediaItem } from "./media-item";

export const MEDIA_PAGE_SIZE = 24;

export type MediaPage = { items: MediaItem[]; total: number; page: number; pageCount: number; pageSize: number };

/**
 * One page of the media library, newest first, searched by caption, credit or
 * file name. Everyone who may upload may browse (they pick images for their
 * stories); nobody else sees anything. A page past the end shows the last.
 */
export async function listMedia(
  db: Executor,
  user: (PermissionSubject & { id: string }) | null,
  params: { q: string; page: number; pageSize?: number },
): Promise<MediaPage> {
  const pageSize = params.pageSize ?? MEDIA_PAGE_SIZE;
  if (!userCan(user, "media.upload")) return { items: [], total: 0, page: 1, pageCount: 1, pageSize };
  const search = params.q.trim() || undefined;
  const total = await countMedia(db, { search });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, params.page), pageCount);
  const rows = total === 0 ? [] : await selectMediaPage(db, { search, limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows.map((row) => toMediaItem(row, user)), total, page, pageCount, pageSize };
}
