import type { Metadata } from "next";
import Link from "next/link";
import type { Language } from "@/db/schema";
import { homePath, mostReadPath, otherLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { SearchForm } from "./search-form";

/** A 404 that helps: what happened, a search box, and the way back to the stories. */
export function NotFoundContent({ language }: { language: Language }) {
  const t = messagesFor(language);
  const other = otherLanguage(language);
  return (
    <>
      <header className="border-b-4 border-double border-stone-800 dark:border-stone-300">
        <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-4 px-4 py-5 font-sans text-sm">
          <Link href={homePath(language)} className="font-semibold underline underline-offset-4">
            {t.frontPage}
          </Link>
          {/* Plain: the other language has its own root layout (site-header.tsx). */}
          <a href={homePath(other)} hrefLang={other} lang={other} className="language-name underline underline-offset-4">
            {t.otherLanguage}
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-3xl font-bold sm:text-4xl">{t.notFoundTitle}</h1>
        <p className="mt-4 text-lg">{t.notFoundBody}</p>
        <div className="mt-8">
          <p className="mb-3">{t.notFoundSearch}</p>
          <SearchForm language={language} values={{ query: "", section: "", language: "all" }} id="not-found-search" />
        </div>
        <p className="mt-8">{t.notFoundLatest}</p>
        <ul className="mt-3 space-y-1 font-sans">
          <li>
            <Link href={homePath(language)} className="underline underline-offset-4">
              {t.backHome}
            </Link>
          </li>
          <li>
            <Link href={mostReadPath(language)} className="underline underline-offset-4">
              {t.mostReadTitle}
            </Link>
          </li>
        </ul>
      </main>
    </>
  );
}

export function notFoundMetadata(language: Language): Metadata {
  return { title: { absolute: messagesFor(language).notFoundTitle }, robots: { index: false } };
}
