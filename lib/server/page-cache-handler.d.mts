import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";

/** Next's file-system page cache, except that a 404 goes to disk only over files already there (page-cache-handler.mjs). */
export default class PageCacheHandler extends FileSystemCache {
  hasFilesOnDisk(key: string): Promise<boolean>;
}
