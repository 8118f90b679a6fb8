import type { Executor } from "@/db/client";
import {
  countDeskStories,
  selectDeskAuthors,
  selectDeskPage,
  selectDeskSections,
  selectDeskStories,
  selectStoriesInReview,
  type DeskFilters,
  type DeskListRow,
  type DeskStoryRow,
} from "@/db/queries/story-desk";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";
import { DESK_PAGE_SIZE, type DeskParams } from "./desk-params";

const DESK_LIMIT = 200;

type DeskViewer = (PermissionSubject & { id: string }) | null;

/** The stories a person may see on the desk: every story for editors, their own for reporters, none otherwise. */
export function listDeskStories(db: Executor, user: DeskViewer): Promise<DeskStoryRow[]> {
  if (userCan(user, "article.read.any")) return selectDeskStories(db, { limit: DESK_LIMIT });
  if (user && userCan(user, "article.read.own")) return selectDeskStories(db, { onlyFor: user.id, limit: DESK_LIMIT });
  return Promise.resolve([]);
}

/** The review queue, oldest first, for people who review; nobody else gets it. */
export function listReviewQueue(db: Executor, user: PermissionSubject | null): Promise<DeskStoryRow[]> {
  if (!userCan(user, "article.review")) return Promise.resolve([]);
  return selectStoriesInReview(db, { limit: DESK_LIMIT });
}

export type DeskPage = {
  stories: DeskListRow[];
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
  pageSize: number;
  /** Every story in the newsroom, or only the person's own. */
  scope: "all" | "own";
};

/**
 * One page of the desk for this person, filtered and sorted as the URL asks.
 * Editors and admins see every story; reporters those they created or are
 * bylined on; anyone else nothing. A page past the end shows the last page.
 */
export async function listDeskPage(db: Executor, user: DeskViewer, params: DeskParams): Promise<DeskPage> {
  const empty: DeskPage = { stories: [], total: 0, page: 1, pageCount: 1, pageSize: DESK_PAGE_SIZE, scope: "own" };
  let onlyFor: string | undefined;
  if (userCan(user, "article.read.any")) onlyFor = undefined;
  else if (user && userCan(user, "article.read.own")) onlyFor = user.id;
  else return empty;

  const filters: DeskFilters = {
    onlyFor,
    status: params.status,
    sectionId: params.section,
    authorId: params.author,
    language: params.language,
    headline: params.q || undefined,
  };
  const total = await countDeskStories(db, filters);
  const pageCount = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  const stories =
    total === 0
      ? []
      : await selectDeskPage(db, {
          ...filters,
          sort: params.sort,
          direction: params.dir,
          limit: DESK_PAGE_SIZE,
          offset: (page - 1) * DESK_PAGE_SIZE,
        });
  return { stories, total, page, pageCount, pageSize: DESK_PAGE_SIZE, scope: onlyFor ? "own" : "all" };
}

/** The choices of the desk's section and author filters. */
export async function listDeskFilterOptions(db: Executor): Promise<{ sections: { id: string; name: string }[]; authors: { id: string; name: string }[] }> {
  const [sections, authors] = await Promise.all([selectDeskSections(db), selectDeskAuthors(db)]);
  return { sections, authors };
}
