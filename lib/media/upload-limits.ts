// Limits the browser checks before sending a file and the server enforces
// again; kept free of server imports so client components can use them.

/** The largest upload accepted, checked before anything is decoded. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** What the file chooser offers; the server decides by content, not by this. */
export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/gif,image/avif";

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
