"use client";

import Link from "next/link";
import { useState } from "react";
import { FieldErrors, hintClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { MediaPicker, type PickedMedia } from "@/components/media/media-picker";
import type { PublicImage } from "@/lib/public/types";

/** The lead image, chosen from the media library, with the library's caption, credit and alt text. */
export function LeadImageField({
  image,
  disabled,
  errors,
  onChange,
}: {
  image: PublicImage | null;
  disabled: boolean;
  errors?: string[];
  onChange(image: PickedMedia | null): void;
}) {
  const [picking, setPicking] = useState(false);
  const missing = image ? [!image.alt && "alt text", !image.credit && "credit"].filter(Boolean) : [];
  return (
    <section aria-labelledby="lead-image-label">
      <h3 id="lead-image-label" className={labelClass}>
        Lead image
      </h3>
      {image ? (
        <figure className="mt-1">
          {/* eslint-disable-next-line @next/next/no-img-element -- sizes come from the library's own variants */}
          <img src={image.src} srcSet={image.srcSet || undefined} sizes="20rem" width={image.width} height={image.height} alt={image.alt} className="h-auto w-full rounded bg-stone-200 dark:bg-stone-800" />
          <figcaption className="mt-1 text-sm">
            {image.caption || <em>No caption</em>} {image.credit ? `(${image.credit})` : ""}
            <span className="block text-stone-600 dark:text-stone-400">Alt text: {image.alt || <em>none</em>}</span>
          </figcaption>
          {missing.length > 0 && (
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
              Needs {missing.join(" and ")} before publishing: edit it in the <Link href="/newsroom/media" target="_blank" className="underline">media library</Link> (opens in a new tab).
            </p>
          )}
        </figure>
      ) : (
        <p className={hintClass}>No lead image.</p>
      )}
      {!disabled && (
        <div className="mt-2 flex gap-2">
          <button type="button" className={secondaryButtonClass} onClick={() => setPicking(true)}>
            {image ? "Change lead image" : "Choose lead image"}
          </button>
          {image && (
            <button type="button" className={secondaryButtonClass} onClick={() => onChange(null)}>
              Remove lead image
            </button>
          )}
        </div>
      )}
      <FieldErrors id="lead-image-errors" errors={errors} />
      {picking && (
        <MediaPicker
          onClose={() => setPicking(false)}
          onSelect={(media) => {
            setPicking(false);
            onChange(media);
          }}
        />
      )}
    </section>
  );
}
