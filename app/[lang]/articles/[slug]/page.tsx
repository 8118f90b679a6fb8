import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StoryBody } from "@/components/rich-text/story-body";
import { ArticleCorrections } from "@/components/site/article-corrections";
import { ArticleHeader } from "@/components/site/article-header";
import { Figure } from "@/components/site/figure";
import { JsonLd } from "@/components/site/json-ld";
import { MissingPage } from "@/components/site/missing-page";
import { PublicPage } from "@/components/site/public-page";
import { RelatedStories } from "@/components/site/related-stories";
import { ShareLinks } from "@/components/site/share-links";
import { TagList } from "@/components/site/tag-list";
import { ViewBeacon } from "@/components/site/view-beacon";
import { articlePath, decodeParam, homePath, isLanguage, otherLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { storyTag, tagCurrentPage } from "@/lib/public/cache-tags";
import { buildPageMetadata, pageTitle } from "@/lib/public/page-metadata";
import { getPublishedArticle, listRelatedArticles } from "@/lib/public/published-content";
import { loadShell } from "@/lib/public/shell";
import { newsArticleJsonLd } from "@/lib/public/structured-data";
import { absoluteUrl } from "@/lib/public/syndication-urls";

// Cached on first visit; rebuilt when this story, a related story or its
// translation changes (lib/public/revalidate.ts), and every minute so the
// view count lags by at most about a minute.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ lang: string; slug: string }> };

const load = cache(async (lang: string, rawSlug: string) => {
  if (!isLanguage(lang)) return null;
  const slug = decodeParam(rawSlug);
  const { db, shell } = await loadShell(lang);
  const article = await getPublishedArticle(db, { language: lang, slug });
  if (!article) return { lang, slug, shell, article: null, related: [] };
  const related = await listRelatedArticles(db, { article: { id: article.id, language: lang, sectionSlug: article.section?.slug } });
  return { lang, slug, shell, article, related };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  const loaded = await load(lang, slug);
  if (!loaded?.article) return {};
  const { article, shell } = loaded;
  const languages = { [article.language]: articlePath(article.language, article.slug) };
  if (article.translation) languages[article.translation.language] = articlePath(article.translation.language, article.translation.slug);
  return buildPageMetadata({
    siteUrl: shell.siteUrl,
    siteName: shell.site.name,
    language: article.language,
    path: articlePath(article.language, article.slug),
    languages,
    title: pageTitle(article.headline, shell.site.name),
    description: article.standfirst,
    image: article.leadImage,
    article: {
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      authors: article.bylines.map((byline) => byline.name),
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const { lang, slug } = await params;
  const loaded = await load(lang, slug);
  if (!loaded) notFound();
  // Tagged even when missing, so the cached 404 goes the moment the story is published.
  await tagCurrentPage([storyTag(loaded.lang, loaded.slug)]);
  const { article, shell, related } = loaded;
  if (!article) return <MissingPage language={loaded.lang} />;
  const shown = [...related, ...(article.translation ? [article.translation] : [])];
  await tagCurrentPage(shown.map((story) => storyTag(story.language, story.slug)));

  const t = messagesFor(loaded.lang);
  const timeZone = shell.site.timezone;
  const path = articlePath(article.language, article.slug);
  const alternatePath = article.translation ? articlePath(article.translation.language, article.translation.slug) : homePath(otherLanguage(loaded.lang));
  return (
    <PublicPage shell={shell} alternatePath={alternatePath} currentSection={article.section?.slug}>
      <JsonLd data={newsArticleJsonLd(article, { name: shell.site.name, url: shell.siteUrl })} />
      <article className="mx-auto max-w-3xl">
        <ArticleHeader article={article} language={loaded.lang} timeZone={timeZone} />
        {article.leadImage && <Figure image={article.leadImage} sizes="(min-width: 800px) 48rem, 100vw" priority />}
        <StoryBody doc={article.body} images={article.bodyImages} language={loaded.lang} />
        <ArticleCorrections corrections={article.corrections} language={loaded.lang} timeZone={timeZone} />
        <TagList tags={article.tags} language={loaded.lang} />
        <p className="mt-8 font-sans text-sm text-stone-700 dark:text-stone-300">{t.views(article.views)}</p>
        <ShareLinks url={absoluteUrl(shell.siteUrl, path)} title={article.headline} language={loaded.lang} />
      </article>
      <div className="mx-auto max-w-3xl">
        <RelatedStories stories={related} language={loaded.lang} timeZone={timeZone} />
      </div>
      <ViewBeacon articleId={article.id} />
    </PublicPage>
  );
}
