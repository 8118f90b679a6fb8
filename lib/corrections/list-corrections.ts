import type { Executor } from "@/db/client";
import { selectCorrectionsWithAuthors, type CorrectionRow } from "@/db/queries/corrections";
import { loadArticleForReading, type ArticleActor } from "@/lib/articles/article-access";
import { isUuid } from "@/lib/workflow/is-uuid";

/** A story's corrections for the newsroom, to people who may see the story; null otherwise. */
export async function listCorrections(db: Executor, user: ArticleActor | null, articleId: string): Promise<CorrectionRow[] | null> {
  if (!isUuid(articleId)) return null;
  const access = await loadArticleForReading(db, user, articleId);
  if (!access.ok) return null;
  return selectCorrectionsWithAuthors(db, { articleId });
}
