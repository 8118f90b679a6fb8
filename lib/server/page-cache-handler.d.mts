import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";

/** How many addresses' lifetimes Next's SharedCacheControls map may keep (page-cache-handler.mjs says why). */
export const MAX_ROUTE_LIFETIMES: number;

/** Next's file-system page cache, except that a 404 goes to disk only over files already there (page-cache-handler.mjs). */
export default class PageCacheHandler extends FileSystemCache {
  hasFilesOnDisk(key: string): Promise<boolean>;
}
