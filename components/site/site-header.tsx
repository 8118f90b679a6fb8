import Link from "next/link";
import type { Language } from "@/db/schema";
import { homePath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

export function SiteHeader({
  language,
  siteName,
  tagline,
  alternatePath,
}: {
  language: Language;
  siteName: string;
  tagline: string;
  /** The same page in the other language, when there is one. */
  alternatePath: string;
}) {
  const t = messagesFor(language);
  const other: Language = language === "en" ? "km" : "en";
  return (
    <header className="border-b-4 border-double border-stone-800 dark:border-stone-300">
      <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-4 px-4 py-6">
        <div>
          <Link href={homePath(language)} className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
            {siteName}
          </Link>
          {tagline && <p className="mt-1 font-sans text-sm text-stone-600 dark:text-stone-400">{tagline}</p>}
        </div>
        <nav aria-label={t.mainNavigation} className="font-sans text-sm">
          <Link href={alternatePath} hrefLang={other} lang={other} className="underline underline-offset-4">
            {t.otherLanguage}
          </Link>
        </nav>
      </div>
    </header>
  );
}
