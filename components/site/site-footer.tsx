import Link from "next/link";
import type { Language } from "@/db/schema";
import { homePath, mostReadPath, searchPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { feedPath } from "@/lib/public/syndication-urls";

export function SiteFooter({ language, siteName }: { language: Language; siteName: string }) {
  const t = messagesFor(language);
  return (
    <footer className="mt-16 border-t border-stone-300 font-sans text-sm print:hidden dark:border-stone-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="font-serif text-lg font-bold">{siteName}</p>
          <p className="mt-1 text-stone-700 dark:text-stone-300">{t.footerNote}</p>
        </div>
        <div className="flex flex-wrap gap-x-8 gap-y-4">
          <ul className="space-y-1">
            <li>
              <Link href={homePath(language)} className="underline underline-offset-4">
                {t.frontPage}
              </Link>
            </li>
            <li>
              <Link href={mostReadPath(language)} className="underline underline-offset-4">
                {t.mostRead}
              </Link>
            </li>
            <li>
              <Link href={searchPath(language)} className="underline underline-offset-4">
                {t.search}
              </Link>
            </li>
          </ul>
          <div>
            <p className="font-semibold">{t.feeds}</p>
            <ul className="mt-1 space-y-1">
              <li>
                <a href={feedPath("rss", language)} type="application/rss+xml" className="underline underline-offset-4">
                  {t.rssFeed}
                </a>
              </li>
              <li>
                <a href={feedPath("atom", language)} type="application/atom+xml" className="underline underline-offset-4">
                  {t.atomFeed}
                </a>
              </li>
            </ul>
          </div>
        </div>
      </div>
    </footer>
  );
}
