import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { SiteHeader } from "@/components/site/site-header";
import { Byline } from "@/components/site/byline";
import { Figure } from "@/components/site/figure";
import { formatDate } from "@/lib/i18n/format";
import { articlePath, homePath, isLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { getPublicSite, listLatestArticles } from "@/lib/public/published-content";

// Rendered on first visit, then served from the cache and refreshed in the background.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLanguage(lang)) return {};
  const site = await getPublicSite(await getDb(), lang);
  return { title: site.name, description: site.tagline };
}

export default async function HomePage({ params }: Props) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const db = await getDb();
  const [site, stories] = await Promise.all([getPublicSite(db, lang), listLatestArticles(db, { language: lang, limit: 24 })]);
  const t = messagesFor(lang);
  const [lead, ...rest] = stories;
  return (
    <>
      <SiteHeader language={lang} siteName={site.name} tagline={site.tagline} alternatePath={homePath(lang === "en" ? "km" : "en")} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="sr-only">{site.name}</h1>
        {!lead && <p>{t.noStories}</p>}
        {lead && (
          <article className="grid gap-6 border-b border-stone-300 pb-8 md:grid-cols-2 dark:border-stone-700">
            {lead.leadImage && <Figure image={lead.leadImage} sizes="(min-width: 768px) 32rem, 100vw" priority />}
            <div>
              {lead.section && <p className="font-sans text-xs font-bold uppercase tracking-wider text-red-800 dark:text-red-300">{lead.section.name}</p>}
              <h2 className="mt-2 text-3xl font-bold leading-tight">
                <Link href={articlePath(lang, lead.slug)} className="hover:underline">
                  {lead.headline}
                </Link>
              </h2>
              <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{lead.standfirst}</p>
              <div className="mt-3">
                <Byline bylines={lead.bylines} language={lang} />
                <time dateTime={lead.publishedAt.toISOString()} className="font-sans text-sm text-stone-600 dark:text-stone-400">
                  {formatDate(lead.publishedAt, lang, site.timezone)}
                </time>
              </div>
            </div>
          </article>
        )}
        {rest.length > 0 && (
          <section aria-labelledby="latest" className="mt-8">
            <h2 id="latest" className="font-sans text-sm font-bold uppercase tracking-wider">
              {t.latestStories}
            </h2>
            <ul className="mt-4 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
              {rest.map((story) => (
                <li key={story.id}>
                  <article>
                    {story.section && <p className="font-sans text-xs font-bold uppercase tracking-wider text-red-800 dark:text-red-300">{story.section.name}</p>}
                    <h3 className="mt-1 text-xl font-bold leading-snug">
                      <Link href={articlePath(lang, story.slug)} className="hover:underline">
                        {story.headline}
                      </Link>
                    </h3>
                    <p className="mt-2 text-stone-700 dark:text-stone-300">{story.standfirst}</p>
                    <time dateTime={story.publishedAt.toISOString()} className="mt-2 block font-sans text-xs text-stone-600 dark:text-stone-400">
                      {formatDate(story.publishedAt, lang, site.timezone)}
                    </time>
                  </article>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
