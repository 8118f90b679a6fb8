import type { Executor } from "@/db/client";
import { selectRevisionList, type RevisionListRow } from "@/db/queries/revisions";
import type { Language } from "@/db/schema";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { checkCanEditArticle, loadArticleForReading, type AccessResult, type ArticleActor } from "./article-access";

/** More than a story collects in years of coalesced autosaves; older ones beyond it are not listed. */
export const REVISION_LIST_LIMIT = 500;

export type RevisionEntry = Omit<RevisionListRow, "createdAt" | "updatedAt"> & {
  /** ISO 8601: when the revision was started, and last updated (autosaves coalesce). */
  createdAt: string;
  updatedAt: string;
};

export type RevisionHistory = {
  articleId: string;
  language: Language;
  currentVersion: number;
  /** The newsroom's time zone, in which the panel shows dates. */
  timeZone: string;
  /** Whether this person may restore a revision now; if not, why. */
  restore: { allowed: true } | { allowed: false; reason: string };
  revisions: RevisionEntry[];
};

/** A story's revisions, newest first, for anyone who may see the story. */
export async function listRevisions(db: Executor, user: ArticleActor | null, articleId: string): Promise<AccessResult<RevisionHistory>> {
  const access = await loadArticleForReading(db, user, articleId);
  if (!access.ok || !user) return access.ok ? { ok: false, status: 404, message: "Sign in to see stories." } : access;
  const [rows, timeZone] = await Promise.all([selectRevisionList(db, { articleId, limit: REVISION_LIST_LIMIT }), getNewsroomTimeZone(db)]);
  const edit = checkCanEditArticle(user, access.value);
  return {
    ok: true,
    value: {
      articleId,
      language: access.value.article.language,
      currentVersion: access.value.article.version,
      timeZone,
      restore: edit.ok ? { allowed: true } : { allowed: false, reason: edit.message },
      revisions: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() })),
    },
  };
}
