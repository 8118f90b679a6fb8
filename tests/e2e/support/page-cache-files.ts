import fs from "node:fs";
import path from "node:path";

// The files Next's page cache keeps on disk for an address, in the build
// folder the app under test serves from (global-setup.ts builds into
// NEXT_DIST_DIR, else .next). Keys end in `/$<address>` (`/$/index` for the
// site's root), so an address's files are <address>.html, .rsc, .meta and
// <address>.segments/.

const DIST_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
const ROUTE_CACHE = path.join(DIST_DIR, "server", "route-cache");
// Where Next's file-system cache would write unstable_cache's entries.
const DATA_CACHE = path.join(DIST_DIR, "cache", "fetch-cache");

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((name) => path.join(dir, name));
}

/** Every cached file for `address` (e.g. "/articles/some-slug"). */
export function cachedPageFiles(address: string): string[] {
  const stem = `${path.sep}$${(address === "/" ? "/index" : address).split("/").join(path.sep)}`;
  return listFiles(ROUTE_CACHE).filter((file) => file.includes(`${stem}.`));
}

/** Every file of Next's data cache (unstable_cache) on disk. */
export function cachedDataFiles(): string[] {
  return listFiles(DATA_CACHE);
}
