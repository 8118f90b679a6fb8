import type { Metadata } from "next";
import { cache } from "react";
import { ArticleView } from "@/components/site/article-view";
import { JsonLd } from "@/components/site/json-ld";
import { MissingPage } from "@/components/site/missing-page";
import { ViewBeacon } from "@/components/site/view-beacon";
import type { Language } from "@/db/schema";
import { articlePath, decodeParam } from "@/lib/i18n/languages";
import { storyTag, tagCurrentPage } from "@/lib/public/cache-tags";
import { buildPageMetadata, pageTitle } from "@/lib/public/page-metadata";
import { getPublishedArticle, listRelatedArticles } from "@/lib/public/published-content";
import { loadShell } from "@/lib/public/shell";
import { newsArticleJsonLd } from "@/lib/public/structured-data";

// A published story's page in its language's site (app/(en)/articles/[slug],
// app/km/articles/[slug]); a missing one is a cached 404 tagged with the
// story's address, so publishing it replaces the 404 at once.

type Props = { params: Promise<{ lang: Language; slug: string }> };

const load = cache(async (lang: Language, rawSlug: string) => {
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
  if (!loaded.article) return {};
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
  // Tagged even when missing, so the cached 404 goes the moment the story is published.
  await tagCurrentPage([storyTag(loaded.lang, loaded.slug)]);
  const { article, shell, related } = loaded;
  if (!article) return <MissingPage language={loaded.lang} />;
  const shown = [...related, ...(article.translation ? [article.translation] : [])];
  await tagCurrentPage(shown.map((story) => storyTag(story.language, story.slug)));

  return (
    <ArticleView article={article} shell={shell} related={related}>
      <JsonLd data={newsArticleJsonLd(article, { name: shell.site.name, url: shell.siteUrl })} />
      <ViewBeacon articleId={article.id} />
    </ArticleView>
  );
}
