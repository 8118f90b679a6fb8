import type { PublicImage } from "@/lib/public/types";

/**
 * A photo with its caption and credit, as news sites print them: the caption
 * in full, then the credit in parentheses. Width and height are always set so
 * the page does not shift while the image loads.
 */
export function Figure({ image, sizes, priority = false }: { image: PublicImage; sizes: string; priority?: boolean }) {
  return (
    <figure className="my-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- sizes are generated once at upload; no runtime optimizer */}
      <img
        src={image.src}
        srcSet={image.srcSet || undefined}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
        className="h-auto w-full bg-stone-200 dark:bg-stone-800"
      />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 font-sans text-sm text-stone-600 dark:text-stone-400">
          {image.caption}
          {image.credit && <span className="text-stone-500 dark:text-stone-400"> ({image.credit})</span>}
        </figcaption>
      )}
    </figure>
  );
}
