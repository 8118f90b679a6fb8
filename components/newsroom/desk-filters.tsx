import Link from "next/link";
import { DESK_SORTS, type DeskSort } from "@/db/queries/story-desk";
import { ARTICLE_STATUSES, LANGUAGES } from "@/db/schema";
import type { DeskParams } from "@/lib/newsroom/desk-params";
import { LANGUAGE_NAMES, STATUS_NAMES } from "./story-table";

const SORT_NAMES: Record<DeskSort, string> = {
  updated: "Last edited",
  created: "Created",
  headline: "Headline",
  status: "Status",
};

const fieldClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";
const labelClass = "block text-xs font-bold uppercase tracking-wide text-stone-700 dark:text-stone-300";

type Option = { id: string; name: string };

/**
 * The desk's filters as a plain GET form: the URL holds the whole view, so it
 * works without JavaScript, can be bookmarked and survives a reload.
 */
export function DeskFilters({ params, sections, authors }: { params: DeskParams; sections: readonly Option[]; authors: readonly Option[] }) {
  return (
    <form method="get" action="/newsroom" role="search" aria-label="Filter stories" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <label htmlFor="desk-q" className={labelClass}>
          Headline contains
        </label>
        <input id="desk-q" name="q" type="search" defaultValue={params.q} maxLength={200} className={fieldClass} />
      </div>
      <div>
        <label htmlFor="desk-status" className={labelClass}>
          Status
        </label>
        <select id="desk-status" name="status" defaultValue={params.status ?? ""} className={fieldClass}>
          <option value="">Any status</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_NAMES[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-language" className={labelClass}>
          Language
        </label>
        <select id="desk-language" name="language" defaultValue={params.language ?? ""} className={fieldClass}>
          <option value="">Any language</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-section" className={labelClass}>
          Section
        </label>
        <select id="desk-section" name="section" defaultValue={params.section ?? ""} className={fieldClass}>
          <option value="">Any section</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-author" className={labelClass}>
          Author
        </label>
        <select id="desk-author" name="author" defaultValue={params.author ?? ""} className={fieldClass}>
          <option value="">Anyone</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-sort" className={labelClass}>
          Sort by
        </label>
        <select id="desk-sort" name="sort" defaultValue={params.sort} className={fieldClass}>
          {DESK_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_NAMES[sort]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-dir" className={labelClass}>
          Order
        </label>
        <select id="desk-dir" name="dir" defaultValue={params.dir} className={fieldClass}>
          <option value="desc">Descending (newest, Z–A)</option>
          <option value="asc">Ascending (oldest, A–Z)</option>
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm font-bold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
          Apply filters
        </button>
        <Link href="/newsroom" className="text-sm underline underline-offset-4">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
