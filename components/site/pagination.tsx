import Link from "next/link";
import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";

/** Previous and next links around the current page number; nothing when there is only one page. */
export function Pagination({
  language,
  page,
  hasNext,
  hrefFor,
}: {
  language: Language;
  page: number;
  hasNext: boolean;
  hrefFor: (page: number) => string;
}) {
  if (page <= 1 && !hasNext) return null;
  const t = messagesFor(language);
  const link = "inline-block rounded border border-stone-400 px-4 py-2 hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";
  return (
    <nav aria-label={t.pagination} className="mt-12 font-sans text-sm print:hidden">
      <ul className="flex flex-wrap items-center justify-between gap-4">
        <li className="min-w-32">
          {page > 1 && (
            <Link href={hrefFor(page - 1)} rel="prev" className={link}>
              ← {t.previousPage}
            </Link>
          )}
        </li>
        <li aria-current="page" className="text-stone-700 dark:text-stone-300">
          {t.pageNumber(page)}
        </li>
        <li className="min-w-32 text-right">
          {hasNext && (
            <Link href={hrefFor(page + 1)} rel="next" className={link}>
              {t.nextPage} →
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
