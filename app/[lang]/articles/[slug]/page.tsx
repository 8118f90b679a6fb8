import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { SiteHeader } from "@/components/site/site-header";
import { Byline } from "@/components/site/byline";
import { Figure } from "@/components/site/figure";
import { StoryBody } from "@/components/rich-text/story-body";
import { formatDate } from "@/lib/i18n/format";
import { articlePath, decodeParam, homePath, isLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { getPublicSite, getPublishedArticle } from "@/lib/public/published-content";

export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ lang: string; slug: string }> };

async function load(params: Props["params"]) {
  const { lang, slug } = await params;
  if (!isLanguage(lang)) return null;
  const db = await getDb();
  const [site, article] = await Promise.all([getPublicSite(db, lang), getPublishedArticle(db, { language: lang, slug: decodeParam(slug) })]);
  return article ? { lang, site, article } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const { article, site } = loaded;
  return {
    title: `${article.headline} | ${site.name}`,
    description: article.standfirst,
    alternates: { canonical: articlePath(article.language, article.slug) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { lang, site, article } = loaded;
  const t = messagesFor(lang);
  const wasUpdated = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000;
  const alternatePath = article.translation ? articlePath(article.translation.language, article.translation.slug) : homePath(lang === "en" ? "km" : "en");
  return (
    <>
      <SiteHeader language={lang} siteName={site.name} tagline={site.tagline} alternatePath={alternatePath} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <article>
          <header>
            {article.section && <p className="font-sans text-xs font-bold uppercase tracking-wider text-red-800 dark:text-red-300">{article.section.name}</p>}
            <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{article.headline}</h1>
            {article.standfirst && <p className="mt-4 text-xl text-stone-700 dark:text-stone-300">{article.standfirst}</p>}
            <div className="mt-4 space-y-1 border-t border-stone-300 pt-3 dark:border-stone-700">
              <Byline bylines={article.bylines} language={lang} />
              <p className="font-sans text-sm text-stone-600 dark:text-stone-400">
                {t.published}{" "}
                <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, lang, site.timezone, true)}</time>
                {wasUpdated && (
                  <>
                    {" · "}
                    {t.updated} <time dateTime={article.updatedAt.toISOString()}>{formatDate(article.updatedAt, lang, site.timezone, true)}</time>
                  </>
                )}
              </p>
              {article.translation && (
                <p className="font-sans text-sm">
                  {t.readIn}{" "}
                  <a href={alternatePath} hrefLang={article.translation.language} lang={article.translation.language} className="underline">
                    {messagesFor(article.translation.language).languageName}
                  </a>
                </p>
              )}
            </div>
          </header>
          {article.leadImage && <Figure image={article.leadImage} sizes="(min-width: 768px) 48rem, 100vw" priority />}
          <StoryBody doc={article.body} images={article.bodyImages} />
          {article.tags.length > 0 && (
            <footer className="mt-8 font-sans text-sm">
              <h2 className="sr-only">{t.tags}</h2>
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.slug} className="rounded border border-stone-400 px-2 py-0.5">
                    {tag.name}
                  </li>
                ))}
              </ul>
            </footer>
          )}
          {article.corrections.length > 0 && (
            <section aria-labelledby="corrections" className="mt-8 border-l-4 border-amber-600 bg-amber-50 p-4 font-sans text-sm dark:bg-amber-950">
              <h2 id="corrections" className="font-bold">
                {t.corrections}
              </h2>
              <ul className="mt-2 space-y-2">
                {article.corrections.map((correction) => (
                  <li key={correction.createdAt.toISOString()}>
                    <strong>{correction.kind === "correction" ? t.correction : t.clarification}</strong>{" "}
                    (<time dateTime={correction.createdAt.toISOString()}>{formatDate(correction.createdAt, lang, site.timezone)}</time>):{" "}
                    {correction.text}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="mt-8 font-sans text-sm text-stone-600 dark:text-stone-400">{t.views(article.views)}</p>
        </article>
      </main>
    </>
  );
}
