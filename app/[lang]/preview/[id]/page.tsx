import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { StoryBody } from "@/components/rich-text/story-body";
import { ArticleCorrections } from "@/components/site/article-corrections";
import { ArticleHeader } from "@/components/site/article-header";
import { Figure } from "@/components/site/figure";
import { PublicPage } from "@/components/site/public-page";
import { RelatedStories } from "@/components/site/related-stories";
import { ShareLinks } from "@/components/site/share-links";
import { TagList } from "@/components/site/tag-list";
import { loadArticlePreview } from "@/lib/articles/load-article-preview";
import { previewPath } from "@/lib/articles/preview-path";
import { requireUser } from "@/lib/auth/session";
import { articlePath, homePath, isLanguage, otherLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { listRelatedArticles } from "@/lib/public/published-content";
import { loadShell } from "@/lib/public/shell";
import { absoluteUrl } from "@/lib/public/syndication-urls";

// The preview of a story's working copy, inside the public site's own layout
// so it renders exactly as readers would see it. It reads the session (so it
// is never prerendered or cached), shows only stories the person may see, and
// is kept out of search engines.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false, nocache: true } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ArticlePreviewPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const { lang, id } = await params;
  if (!isLanguage(lang)) notFound();
  const user = await requireUser(previewPath(lang, id));
  if (!UUID.test(id)) notFound();
  const { db, shell } = await loadShell(lang);
  const loaded = await loadArticlePreview(db, user, id);
  if (!loaded.ok) notFound();
  const { article, isLive } = loaded.value;
  // Each language's site has its own layout and navigation: show the story in its own.
  if (article.language !== lang) redirect(previewPath(article.language, id));

  const related = await listRelatedArticles(db, { article: { id: article.id, language: article.language, sectionSlug: article.section?.slug } });
  const t = messagesFor(article.language);
  const timeZone = shell.site.timezone;
  const path = articlePath(article.language, article.slug);
  const alternatePath = article.translation ? articlePath(article.translation.language, article.translation.slug) : homePath(otherLanguage(article.language));
  return (
    <>
      <div role="note" lang="en" className="border-b-4 border-amber-500 bg-amber-100 px-4 py-2 font-sans text-sm text-amber-950">
        <strong>Preview</strong> of the newsroom&rsquo;s saved copy{isLive ? "; readers still see the published version" : "; readers cannot see this story"}.{" "}
        <Link href={`/newsroom/stories/${id}`} className="underline">
          Back to the editor
        </Link>
      </div>
      <PublicPage shell={shell} alternatePath={alternatePath} currentSection={article.section?.slug}>
        <article className="mx-auto max-w-3xl">
          <ArticleHeader article={article} language={article.language} timeZone={timeZone} />
          {article.leadImage && <Figure image={article.leadImage} sizes="(min-width: 800px) 48rem, 100vw" priority />}
          <StoryBody doc={article.body} images={article.bodyImages} language={article.language} />
          <ArticleCorrections corrections={article.corrections} language={article.language} timeZone={timeZone} />
          <TagList tags={article.tags} language={article.language} />
          <p className="mt-8 font-sans text-sm text-stone-700 dark:text-stone-300">{t.views(article.views)}</p>
          <ShareLinks url={absoluteUrl(shell.siteUrl, path)} title={article.headline} language={article.language} />
        </article>
        <div className="mx-auto max-w-3xl">
          <RelatedStories stories={related} language={article.language} timeZone={timeZone} />
        </div>
      </PublicPage>
    </>
  );
}
