import type { PublicImage } from "@/lib/public/types";
import { ResponsiveImage } from "./responsive-image";

/**
 * A photo with its caption and credit, as news sites print them: the caption
 * in full, then the credit in parentheses.
 */
export function Figure({ image, sizes, priority = false }: { image: PublicImage; sizes: string; priority?: boolean }) {
  return (
    <figure className="my-6">
      <ResponsiveImage image={image} sizes={sizes} priority={priority} />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 font-sans text-sm text-stone-700 dark:text-stone-300">
          {image.caption}
          {image.credit && (
            <>
              {image.caption ? " " : ""}
              <span className="text-stone-600 dark:text-stone-400">({image.credit})</span>
            </>
          )}
        </figcaption>
      )}
    </figure>
  );
}
