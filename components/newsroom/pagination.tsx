import Link from "next/link";

/** Previous / next links and where we are; `hrefFor` builds the URL of a page. */
export function Pagination({
  page,
  pageCount,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Plural noun for the count, e.g. "stories". */
  noun: string;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">{`${total} ${noun}`}</p>;
  const linkClass = "rounded border border-stone-400 px-3 py-1 underline-offset-4 hover:underline dark:border-stone-600";
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="rounded border border-stone-200 px-3 py-1 text-stone-600 dark:border-stone-800 dark:text-stone-400" aria-hidden="true">
          ← Previous
        </span>
      )}
      <span aria-current="page">{`Page ${page} of ${pageCount} · ${total} ${noun}`}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          Next →
        </Link>
      ) : (
        <span className="rounded border border-stone-200 px-3 py-1 text-stone-600 dark:border-stone-800 dark:text-stone-400" aria-hidden="true">
          Next →
        </span>
      )}
    </nav>
  );
}
