import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoryBody } from "@/components/rich-text/story-body";
import { LANGUAGE_NAMES, STATUS_NAMES } from "@/components/newsroom/story-table";
import { StoryWorkflow } from "@/components/workflow/story-workflow";
import { getDb } from "@/db/client";
import { selectBylineNames } from "@/db/queries/workflow";
import { loadArticleForReading } from "@/lib/articles/article-access";
import { requireUser } from "@/lib/auth/session";
import { isUuid } from "@/lib/workflow/is-uuid";
import { workflowActionsFor } from "@/lib/workflow/story-actions";

export const metadata: Metadata = { title: "Workflow and history" };

type Props = { params: Promise<{ id: string }> };

/**
 * A story's workflow page: read the working copy, take workflow steps, discuss
 * it and see its history, without opening the editor (the review queue links
 * here). Access is checked like the editor's: a story the person may not see
 * does not exist for them.
 */
export default async function StoryWorkflowPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/newsroom/stories/${id}/workflow`);
  if (!isUuid(id)) notFound();
  const db = await getDb();
  const access = await loadArticleForReading(db, user, id);
  if (!access.ok) notFound();
  const { article, isLive } = access.value;
  const bylines = await selectBylineNames(db, { articleId: article.id });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/newsroom/stories/${article.id}`} className="underline underline-offset-4">
          Open in the editor
        </Link>
      </p>
      <div className="mb-8 border-b border-stone-300 pb-6 dark:border-stone-700">
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {STATUS_NAMES[article.status]} · {LANGUAGE_NAMES[article.language]} · {article.wordCount.toLocaleString("en")} words
          {bylines.length > 0 && <> · By {bylines.join(", ")}</>}
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold" lang={article.language}>
          {article.headline || <span className="italic text-stone-500">Untitled</span>}
        </h1>
        {article.standfirst && (
          <p className="mt-2 text-lg text-stone-700 dark:text-stone-300" lang={article.language}>
            {article.standfirst}
          </p>
        )}
        <details className="mt-4">
          <summary className="cursor-pointer text-sm underline underline-offset-4">Read the working copy</summary>
          <div className="prose mt-4 max-w-none font-serif" lang={article.language}>
            <StoryBody doc={article.body} images={{}} language={article.language} />
          </div>
        </details>
      </div>
      <StoryWorkflow
        articleId={article.id}
        status={article.status}
        isLive={isLive}
        version={article.version}
        actions={workflowActionsFor(user, access.value)}
      />
    </>
  );
}
