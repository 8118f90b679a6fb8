import Link from "next/link";
import type { Language } from "@/db/schema";
import { formatDate } from "@/lib/i18n/format";
import { articlePath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicSearchHit } from "@/lib/public/types";
import { Byline } from "./byline";
import { SectionKicker } from "./section-kicker";
import { Snippet } from "./snippet";

export function SearchResults({ hits, language, timeZone }: { hits: PublicSearchHit[]; language: Language; timeZone: string }) {
  const t = messagesFor(language);
  return (
    <ol className="divide-y divide-stone-300 dark:divide-stone-700">
      {hits.map((hit) => (
        <li key={hit.id} className="py-6">
          <article lang={hit.language !== language ? hit.language : undefined}>
            {hit.section && <SectionKicker section={hit.section} language={hit.language} />}
            <h2 className="mt-1 text-xl leading-snug font-bold">
              <Link href={articlePath(hit.language, hit.slug)} className="hover:underline">
                {hit.headline}
              </Link>
            </h2>
            <Snippet parts={hit.snippet} className="mt-2 text-stone-800 dark:text-stone-200" />
            <div className="mt-2 flex flex-wrap items-baseline gap-x-3 font-sans text-sm text-stone-700 dark:text-stone-300">
              <Byline bylines={hit.bylines} language={hit.language} className="" />
              <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt, hit.language, timeZone)}</time>
              {hit.language !== language && <span lang={language}>{t.inLanguage(hit.language)}</span>}
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
