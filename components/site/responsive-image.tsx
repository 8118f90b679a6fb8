import type { PublicImage } from "@/lib/public/types";

/**
 * A library image in its responsive sizes (made once at upload; there is no
 * runtime optimizer), with width and height set so nothing shifts while it
 * loads. `alt` may be overridden, e.g. with "" where the image is decorative.
 */
export function ResponsiveImage({
  image,
  sizes,
  priority = false,
  alt,
  className = "h-auto w-full bg-stone-200 dark:bg-stone-800",
}: {
  image: PublicImage;
  sizes: string;
  priority?: boolean;
  alt?: string;
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- sizes are generated at upload; next/image's optimizer is not used
    <img
      src={image.src}
      srcSet={image.srcSet || undefined}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={alt ?? image.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
    />
  );
}
