import type { Metadata } from "next";
import { MostReadList } from "@/components/site/most-read-list";
import { PublicPage } from "@/components/site/public-page";
import type { Language } from "@/db/schema";
import { mostReadPath, otherLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { listingPageTags, tagCurrentPage } from "@/lib/public/cache-tags";
import { buildPageMetadata, pageTitle } from "@/lib/public/page-metadata";
import { listMostReadArticles } from "@/lib/public/published-content";
import { loadShell } from "@/lib/public/shell";

// The most read stories of the last days in a language's site.

const MOST_READ = 20;

type Props = { params: Promise<{ lang: Language }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  const { shell } = await loadShell(lang);
  const t = messagesFor(lang);
  return buildPageMetadata({
    siteUrl: shell.siteUrl,
    siteName: shell.site.name,
    language: lang,
    path: mostReadPath(lang),
    languages: { en: mostReadPath("en"), km: mostReadPath("km") },
    title: pageTitle(t.mostReadTitle, shell.site.name),
    description: t.mostReadIntro,
  });
}

export default async function MostReadPage({ params }: Props) {
  const { lang } = await params;
  const { db, shell } = await loadShell(lang);
  const stories = await listMostReadArticles(db, { language: lang, limit: MOST_READ });
  await tagCurrentPage(listingPageTags(lang, "most-read", undefined, stories));
  const t = messagesFor(lang);
  return (
    <PublicPage shell={shell} alternatePath={mostReadPath(otherLanguage(lang))}>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">{t.mostReadTitle}</h1>
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t.mostReadIntro}</p>
        <div className="mt-8">{stories.length === 0 ? <p>{t.mostReadEmpty}</p> : <MostReadList stories={stories} language={lang} />}</div>
      </div>
    </PublicPage>
  );
}
