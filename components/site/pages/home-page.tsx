import type { Metadata } from "next";
import Link from "next/link";
import { MostReadList } from "@/components/site/most-read-list";
import { PublicPage } from "@/components/site/public-page";
import { StoryCard } from "@/components/site/story-card";
import { StoryList } from "@/components/site/story-list";
import type { Language } from "@/db/schema";
import { homePath, mostReadPath, otherLanguage, pagedPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { listingPageTags, tagCurrentPage } from "@/lib/public/cache-tags";
import { buildPageMetadata, pageTitle } from "@/lib/public/page-metadata";
import { listLatestArticles, listMostReadArticles } from "@/lib/public/published-content";
import { loadShell } from "@/lib/public/shell";
import { sectionPath } from "@/lib/public/syndication-urls";
import type { PublicArticleSummary } from "@/lib/public/types";

// The front page of a language's site (app/(en)/page.tsx, app/km/page.tsx):
// the lead story, the latest, most read, and a row per section.

const LATEST = 7;
const PER_SECTION = 4;
const MOST_READ = 5;

type Props = { params: Promise<{ lang: Language }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  const { shell } = await loadShell(lang);
  return buildPageMetadata({
    siteUrl: shell.siteUrl,
    siteName: shell.site.name,
    language: lang,
    path: homePath(lang),
    languages: Object.fromEntries(shell.site.languages.map((language) => [language, homePath(language)])),
    title: pageTitle(null, shell.site.name),
    description: shell.site.tagline,
  });
}

async function loadFront(language: Language) {
  const { db, shell } = await loadShell(language);
  const [latest, mostRead] = await Promise.all([
    listLatestArticles(db, { language, limit: LATEST + 1 }),
    listMostReadArticles(db, { language, limit: MOST_READ }),
  ]);
  const shown = new Set(latest.map((story) => story.id));
  // A row per section, leaving out stories already shown above.
  const rows = await Promise.all(
    shell.sections.map(async (section) => {
      const stories = await listLatestArticles(db, { language, sectionSlug: section.slug, limit: PER_SECTION + LATEST + 1 });
      return { section, stories: stories.filter((story) => !shown.has(story.id)).slice(0, PER_SECTION) };
    }),
  );
  return { shell, latest, mostRead, rows: rows.filter((row) => row.stories.length > 0) };
}

export default async function HomePage({ params }: Props) {
  const { lang } = await params;
  const { shell, latest, mostRead, rows } = await loadFront(lang);
  const shownStories: PublicArticleSummary[] = [...latest, ...mostRead, ...rows.flatMap((row) => row.stories)];
  await tagCurrentPage(listingPageTags(lang, "home", undefined, shownStories));
  const t = messagesFor(lang);
  const [lead, ...rest] = latest.slice(0, LATEST);
  const timeZone = shell.site.timezone;
  return (
    <PublicPage shell={shell} alternatePath={homePath(otherLanguage(lang))}>
      <h1 className="sr-only">{shell.site.name}</h1>
      {!lead && <p>{t.noStories}</p>}
      {lead && (
        <div className="grid gap-10 lg:grid-cols-[1fr_18rem]">
          <div>
            <div className="border-b border-stone-300 pb-10 dark:border-stone-700">
              <StoryCard story={lead} language={lang} timeZone={timeZone} variant="lead" headingLevel={2} priorityImage />
            </div>
            {rest.length > 0 && (
              <section aria-labelledby="latest-heading" className="mt-8">
                <h2 id="latest-heading" className="mb-6 font-sans text-sm font-bold tracking-wider uppercase">
                  {t.latestStories}
                </h2>
                <StoryList stories={rest} language={lang} timeZone={timeZone} columns={3} />
                {latest.length > LATEST && (
                  <p className="mt-8 font-sans text-sm">
                    <Link href={pagedPath(homePath(lang), 2)} className="underline underline-offset-4">
                      {t.moreStories}
                    </Link>
                  </p>
                )}
              </section>
            )}
          </div>
          {mostRead.length > 0 && (
            <aside aria-labelledby="most-read-heading" className="border-t border-stone-300 pt-6 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-8 dark:border-stone-700">
              <h2 id="most-read-heading" className="mb-4 font-sans text-sm font-bold tracking-wider uppercase">
                {t.mostRead}
              </h2>
              <MostReadList stories={mostRead} language={lang} showViews={false} />
              <p className="mt-6 font-sans text-sm">
                <Link href={mostReadPath(lang)} className="underline underline-offset-4">
                  {t.allMostRead}
                </Link>
              </p>
            </aside>
          )}
        </div>
      )}
      {rows.map(({ section, stories }) => (
        <section key={section.slug} aria-labelledby={`section-${section.slug}`} className="mt-14 border-t-2 border-stone-800 pt-4 dark:border-stone-300">
          <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`section-${section.slug}`} className="text-2xl font-bold">
              {section.name}
            </h2>
            <Link href={sectionPath(lang, section.slug)} className="font-sans text-sm underline underline-offset-4">
              {t.moreIn(section.name)}
            </Link>
          </div>
          <StoryList stories={stories} language={lang} timeZone={timeZone} columns={4} showSection={false} />
        </section>
      ))}
    </PublicPage>
  );
}
