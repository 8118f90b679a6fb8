import { missingForPublishing } from "@/lib/media/media-item";

/** Says plainly when an image lacks what publishing it as a lead image requires. */
export function MissingDetailsBadge({ image }: { image: { alt: string; credit: string } }) {
  const missing = missingForPublishing(image);
  if (missing.length === 0) return null;
  return (
    <span className="inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-bold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      {`Missing ${missing.join(" and ")}`}
    </span>
  );
}
