import type { Metadata } from "next";
import { Pagination } from "@/components/site/pagination";
import { PublicPage } from "@/components/site/public-page";
import { SearchForm, type SearchFormValues } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import type { Language } from "@/db/schema";
import { otherLanguage, searchPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { buildPageMetadata, pageTitle } from "@/lib/public/page-metadata";
import { listPublicSections, searchPublishedStories } from "@/lib/public/published-content";
import { SEARCH_MAX_QUERY_LENGTH } from "@/lib/public/search";
import { loadShell } from "@/lib/public/shell";

// Site search, rendered per request (the query is in the address); the
// database does the ranking (GIN index), lib/http/response-headers.ts lets a
// CDN keep a result page briefly.

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ lang: Language }>; searchParams: Promise<SearchParams> };

type ParsedSearch = { values: SearchFormValues; page: number; error?: string };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function parseSearch(raw: SearchParams, language: Language): ParsedSearch {
  const t = messagesFor(language);
  const query = first(raw.q).replace(/\s+/g, " ").trim();
  const requested = first(raw.language);
  const values: SearchFormValues = {
    query,
    section: first(raw.section).trim().slice(0, 200),
    language: requested === "en" || requested === "km" ? requested : "all",
  };
  const pageText = first(raw.page);
  const page = /^[1-9][0-9]{0,2}$/.test(pageText) ? Number(pageText) : 1;
  if ([...query].length > SEARCH_MAX_QUERY_LENGTH) return { values, page: 1, error: t.searchTooLong(SEARCH_MAX_QUERY_LENGTH) };
  return { values, page };
}

function resultsPath(language: Language, values: SearchFormValues, page: number): string {
  const search = new URLSearchParams({ q: values.query });
  if (values.section) search.set("section", values.section);
  if (values.language !== "all") search.set("language", values.language);
  if (page > 1) search.set("page", String(page));
  return `${searchPath(language)}?${search.toString()}`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang } = await params;
  const { shell } = await loadShell(lang);
  const { values } = parseSearch(await searchParams, lang);
  const t = messagesFor(lang);
  return buildPageMetadata({
    siteUrl: shell.siteUrl,
    siteName: shell.site.name,
    language: lang,
    path: searchPath(lang),
    languages: { en: searchPath("en"), km: searchPath("km") },
    title: pageTitle(values.query ? t.searchResultsFor(values.query) : t.searchTitle, shell.site.name),
    description: t.searchHint,
    noIndex: values.query !== "",
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { lang } = await params;
  const { db, shell } = await loadShell(lang);
  const parsed = parseSearch(await searchParams, lang);
  const { values } = parsed;
  const t = messagesFor(lang);
  const [sections, result] = await Promise.all([
    listPublicSections(db, lang),
    values.query && !parsed.error
      ? searchPublishedStories(db, {
          query: values.query,
          languages: values.language === "all" ? undefined : [values.language],
          sectionSlug: values.section || undefined,
          page: parsed.page,
        })
      : null,
  ]);
  const alternate = values.query ? resultsPath(otherLanguage(lang), values, 1) : searchPath(otherLanguage(lang));
  return (
    <PublicPage shell={shell} alternatePath={alternate}>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">{values.query && !parsed.error ? t.searchResultsFor(values.query) : t.searchTitle}</h1>
        <div className="mt-6">
          <SearchForm
            language={lang}
            values={values}
            sections={sections.map(({ slug, name }) => ({ slug, name }))}
            error={parsed.error}
          />
        </div>
        {!values.query && <p className="mt-6 text-stone-700 dark:text-stone-300">{t.searchHint}</p>}
        {result && (
          <section aria-labelledby="results-count" className="mt-8">
            <p id="results-count" className="font-sans text-sm font-semibold">
              {result.total === 0 ? t.searchNoResults : result.capped ? t.searchManyCount(result.total) : t.searchCount(result.total)}
            </p>
            <SearchResults hits={result.hits} language={lang} timeZone={shell.site.timezone} />
            <Pagination language={lang} page={result.page} hasNext={result.hasNext} hrefFor={(n) => resultsPath(lang, values, n)} />
          </section>
        )}
      </div>
    </PublicPage>
  );
}
