import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { loadArticlePreview } from "@/lib/articles/load-article-preview";
import { previewPath } from "@/lib/articles/preview-path";
import { requireUser } from "@/lib/auth/session";
import type { Language } from "@/db/schema";
import { listRelatedArticles } from "@/lib/public/published-content";
import { loadShell } from "@/lib/public/shell";

// The preview of a story's working copy, rendered by the article page's own
// component (ArticleView) so it shows exactly what readers would see. It
// reads the session (so it is never prerendered or cached), shows only
// stories the person may see, and is kept out of search engines.

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false, nocache: true } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ArticlePreviewPage({ params }: { params: Promise<{ lang: Language; id: string }> }) {
  const { lang, id } = await params;
  const user = await requireUser(previewPath(lang, id));
  if (!UUID.test(id)) notFound();
  const { db, shell } = await loadShell(lang);
  const loaded = await loadArticlePreview(db, user, id);
  if (!loaded.ok) notFound();
  const { article, isLive } = loaded.value;
  // Each language's site has its own layout and navigation: show the story in its own.
  if (article.language !== lang) redirect(previewPath(article.language, id));

  const related = await listRelatedArticles(db, { article: { id: article.id, language: article.language, sectionSlug: article.section?.slug } });
  return (
    <>
      <div role="note" lang="en" className="border-b-4 border-amber-500 bg-amber-100 px-4 py-2 font-sans text-sm text-amber-950">
        <strong>Preview</strong> of the newsroom&rsquo;s saved copy{isLive ? "; readers still see the published version" : "; readers cannot see this story"}.{" "}
        <Link href={`/newsroom/stories/${id}`} className="underline">
          Back to the editor
        </Link>
      </div>
      <ArticleView article={article} shell={shell} related={related} />
    </>
  );
}
