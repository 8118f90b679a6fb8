import type { Language } from "@/db/schema";
import { formatDate } from "@/lib/i18n/format";
import { articlePath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { readingMinutes } from "@/lib/rich-text/plain-text";
import type { PublicArticle } from "@/lib/public/types";
import { Byline } from "./byline";
import { SectionKicker } from "./section-kicker";

// Minor fixes within a minute of publishing are not shown as an update.
const UPDATE_THRESHOLD_MS = 60_000;

/** Section, headline, standfirst, byline, dates in the newsroom's timezone, and the other-language version. */
export function ArticleHeader({ article, language, timeZone }: { article: PublicArticle; language: Language; timeZone: string }) {
  const t = messagesFor(language);
  const wasUpdated = article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_THRESHOLD_MS;
  const minutes = readingMinutes(article.wordCount);
  return (
    <header>
      {article.section && <SectionKicker section={article.section} language={language} />}
      <h1 className="mt-2 text-3xl leading-tight font-bold sm:text-4xl lg:text-5xl">{article.headline}</h1>
      {article.standfirst && <p className="mt-4 text-xl leading-relaxed text-stone-700 dark:text-stone-300">{article.standfirst}</p>}
      <div className="mt-5 space-y-1 border-t border-stone-300 pt-3 dark:border-stone-700">
        <Byline bylines={article.bylines} language={language} />
        <p className="font-sans text-sm text-stone-700 dark:text-stone-300">
          {t.published} <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, language, timeZone, true)}</time>
          {wasUpdated && (
            <>
              {" · "}
              {t.updated} <time dateTime={article.updatedAt.toISOString()}>{formatDate(article.updatedAt, language, timeZone, true)}</time>
            </>
          )}
          {minutes > 0 && <> · {t.minutesRead(minutes)}</>}
        </p>
        {article.translation && (
          <p className="font-sans text-sm">
            {t.readIn}{" "}
            {/* The same weight as the header's language link: on an English
                page the Khmer name of the language is set in a small font of
                its own that has only the regular (app/fonts.ts). */}
            <a
              href={articlePath(article.translation.language, article.translation.slug)}
              hrefLang={article.translation.language}
              lang={article.translation.language}
              className="language-name underline underline-offset-4"
            >
              {messagesFor(article.translation.language).languageName}
            </a>
          </p>
        )}
      </div>
    </header>
  );
}
