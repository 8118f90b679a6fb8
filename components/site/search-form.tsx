import type { Language } from "@/db/schema";
import { searchPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

export type SearchFormValues = { query: string; section: string; language: Language | "all" };

/**
 * A plain GET form: it works without JavaScript and its results page has an
 * address readers can share. Filters appear only where sections are given.
 */
export function SearchForm({
  language,
  values,
  sections,
  error,
  id = "search",
}: {
  language: Language;
  values: SearchFormValues;
  sections?: { slug: string; name: string }[];
  error?: string;
  id?: string;
}) {
  const t = messagesFor(language);
  const field = "rounded border border-stone-500 bg-white px-3 py-2 text-stone-900 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100";
  return (
    <form action={searchPath(language)} method="get" role="search" className="font-sans">
      <label htmlFor={`${id}-q`} className="block text-sm font-semibold">
        {t.searchStories}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          defaultValue={values.query}
          maxLength={400}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${field} min-w-0 flex-1 text-base`}
        />
        <button type="submit" className="rounded bg-stone-900 px-5 py-2 font-semibold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300">
          {t.searchButton}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-2 text-sm font-semibold text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
      {sections && (
        <fieldset className="mt-4 flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">{t.searchFilters}</legend>
          <div>
            <label htmlFor={`${id}-section`} className="block font-semibold">
              {t.filterSection}
            </label>
            <select id={`${id}-section`} name="section" defaultValue={values.section} className={`${field} mt-1`}>
              <option value="">{t.allSections}</option>
              {sections.map((section) => (
                <option key={section.slug} value={section.slug}>
                  {section.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-language`} className="block font-semibold">
              {t.filterLanguage}
            </label>
            {/* The browser sizes a closed list by its widest option, so it shapes
                every option's text in the list's own font: the list, not the
                option, carries the language-name font. */}
            <select id={`${id}-language`} name="language" defaultValue={values.language} className={`${field} language-name mt-1`}>
              <option value="all">{t.allLanguages}</option>
              <option value="en" lang="en">
                {messagesFor("en").languageName}
              </option>
              <option value="km" lang="km">
                {messagesFor("km").languageName}
              </option>
            </select>
          </div>
        </fieldset>
      )}
    </form>
  );
}
