import type { MediaVariant } from "../../db/schema";

/** The public URL of a stored file; app/media/[...key]/route.ts serves it. */
export function mediaUrl(key: string): string {
  return `/media/${key.split("/").map(encodeURIComponent).join("/")}`;
}

/** An `srcset` value listing every variant by width, narrowest first ("" when there are none). */
export function srcSetFor(image: { variants: readonly MediaVariant[] }): string {
  return [...image.variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${mediaUrl(variant.key)} ${variant.width}w`)
    .join(", ");
}
