import type { Executor } from "@/db/client";
import { selectArticleForAccess, type ArticleRow } from "@/db/queries/article-access";
import type { Role } from "@/db/schema";
import { userCan } from "@/lib/auth/permissions";
import { REPORTER_EDITABLE_STATUSES, describeStatus } from "@/lib/workflow/transitions";

export type ArticleActor = { id: string; role: Role; active: boolean };

export type ArticleAccess = {
  article: ArticleRow;
  /** The person created the story or is bylined on it. */
  isOwn: boolean;
  isLive: boolean;
};

export type AccessResult<T> = { ok: true; value: T } | { ok: false; status: 403 | 404; message: string };

/**
 * Loads a story for someone and says whether they may see it. A story they may
 * not see is reported as missing, so its existence does not leak.
 */
export async function loadArticleForReading(db: Executor, user: ArticleActor | null, articleId: string): Promise<AccessResult<ArticleAccess>> {
  const notFound = { ok: false, status: 404, message: "That story does not exist or you cannot see it." } as const;
  if (!user || !user.active) return { ok: false, status: 404, message: "Sign in to see stories." };
  const found = await selectArticleForAccess(db, { articleId, userId: user.id });
  if (!found) return notFound;
  const isOwn = found.article.createdBy === user.id || found.isBylined;
  if (userCan(user, "article.read.any") || (isOwn && userCan(user, "article.read.own"))) {
    return { ok: true, value: { article: found.article, isOwn, isLive: found.isLive } };
  }
  return notFound;
}

/** Whether the words of a story may be changed by this person now; if not, why, in words. */
export function checkCanEditArticle(user: ArticleActor, access: ArticleAccess): { ok: true } | { ok: false; message: string } {
  const { article, isOwn } = access;
  if (article.status === "archived") return { ok: false, message: "This story is spiked: restore it before editing." };
  if (userCan(user, "article.edit.any")) return { ok: true };
  if (!isOwn || !userCan(user, "article.edit.own")) return { ok: false, message: "You can only edit your own stories." };
  if (!REPORTER_EDITABLE_STATUSES.includes(article.status)) {
    return {
      ok: false,
      message:
        article.status === "published" || article.status === "unpublished"
          ? "This story has been published: start a revision to change it; it goes through review again."
          : `This story is ${describeStatus(article.status)}; you can edit it again if an editor sends it back.`,
    };
  }
  return { ok: true };
}
