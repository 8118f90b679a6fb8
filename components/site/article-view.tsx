import { StoryBody } from "@/components/rich-text/story-body";
import { articlePath, homePath, otherLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicShell } from "@/lib/public/shell";
import { absoluteUrl } from "@/lib/public/syndication-urls";
import type { PublicArticle, PublicArticleSummary } from "@/lib/public/types";
import { ArticleCorrections } from "./article-corrections";
import { ArticleHeader } from "./article-header";
import { Figure } from "./figure";
import { PublicPage } from "./public-page";
import { RelatedStories } from "./related-stories";
import { ShareLinks } from "./share-links";
import { TagList } from "./tag-list";

/**
 * A story as readers see it, in the public site's layout: the article page and
 * the newsroom's preview both render this, so a preview cannot drift from the
 * page it promises. The page is in the story's own language (the preview
 * redirects to it). `children` is what only one of them adds inside the
 * layout: the live page's structured data and view beacon.
 */
export function ArticleView({
  article,
  shell,
  related,
  children,
}: {
  article: PublicArticle;
  shell: PublicShell;
  related: PublicArticleSummary[];
  children?: React.ReactNode;
}) {
  const { language } = article;
  const t = messagesFor(language);
  const timeZone = shell.site.timezone;
  const path = articlePath(language, article.slug);
  const alternatePath = article.translation ? articlePath(article.translation.language, article.translation.slug) : homePath(otherLanguage(language));
  return (
    <PublicPage shell={shell} alternatePath={alternatePath} currentSection={article.section?.slug}>
      <article className="mx-auto max-w-3xl">
        <ArticleHeader article={article} language={language} timeZone={timeZone} />
        {article.leadImage && <Figure image={article.leadImage} sizes="(min-width: 800px) 48rem, 100vw" priority />}
        <StoryBody doc={article.body} images={article.bodyImages} language={language} />
        <ArticleCorrections corrections={article.corrections} language={language} timeZone={timeZone} />
        <TagList tags={article.tags} language={language} />
        <p className="mt-8 font-sans text-sm text-stone-700 dark:text-stone-300">{t.views(article.views)}</p>
        <ShareLinks url={absoluteUrl(shell.siteUrl, path)} title={article.headline} language={language} />
      </article>
      <div className="mx-auto max-w-3xl">
        <RelatedStories stories={related} language={language} timeZone={timeZone} />
      </div>
      {children}
    </PublicPage>
  );
}
