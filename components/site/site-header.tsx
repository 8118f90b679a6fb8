import Link from "next/link";
import type { Language } from "@/db/schema";
import { homePath, otherLanguage, searchPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { sectionPath } from "@/lib/public/syndication-urls";

export type HeaderSection = { slug: string; name: string };

export function SiteHeader({
  language,
  siteName,
  tagline,
  alternatePath,
  sections = [],
  currentSection,
}: {
  language: Language;
  siteName: string;
  tagline: string;
  /** The same page in the other language, or that language's front page. */
  alternatePath: string;
  sections?: HeaderSection[];
  currentSection?: string;
}) {
  const t = messagesFor(language);
  const other = otherLanguage(language);
  return (
    <header className="border-b-4 border-double border-stone-800 print:border-b dark:border-stone-300">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-3 px-4 pb-4 pt-5">
        <div>
          <Link href={homePath(language)} className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {siteName}
          </Link>
          {tagline && <p className="mt-1 font-sans text-sm text-stone-700 dark:text-stone-300">{tagline}</p>}
        </div>
        <ul className="flex items-center gap-4 font-sans text-sm print:hidden">
          <li>
            <Link href={searchPath(language)} className="underline underline-offset-4">
              {t.search}
            </Link>
          </li>
          <li>
            {/* A plain link: each language has its own root layout, so going
                to the other one is a full page load whatever the link, and a
                <Link> would only prefetch that page's data (and its photo)
                for nothing on every page view. */}
            <a href={alternatePath} hrefLang={other} lang={other} title={t.switchLanguage} className="language-name underline underline-offset-4">
              {t.otherLanguage}
            </a>
          </li>
        </ul>
      </div>
      {sections.length > 0 && (
        <nav aria-label={t.sectionsNavigation} className="border-t border-stone-300 print:hidden dark:border-stone-700">
          <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 font-sans text-sm font-semibold whitespace-nowrap">
            <li>
              <Link href={homePath(language)} className="inline-block py-1 hover:underline">
                {t.frontPage}
              </Link>
            </li>
            {sections.map((section) => (
              <li key={section.slug}>
                <Link
                  href={sectionPath(language, section.slug)}
                  aria-current={section.slug === currentSection ? "page" : undefined}
                  className="section-link"
                >
                  {section.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
