import type { Executor } from "@/db/client";
import { selectDeskStories, selectStoriesInReview, type DeskStoryRow } from "@/db/queries/story-desk";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";

const DESK_LIMIT = 200;

/** The stories a person may see on the desk: every story for editors, their own for reporters, none otherwise. */
export function listDeskStories(db: Executor, user: (PermissionSubject & { id: string }) | null): Promise<DeskStoryRow[]> {
  if (userCan(user, "article.read.any")) return selectDeskStories(db, { limit: DESK_LIMIT });
  if (user && userCan(user, "article.read.own")) return selectDeskStories(db, { onlyFor: user.id, limit: DESK_LIMIT });
  return Promise.resolve([]);
}

/** The review queue, oldest first, for people who review; nobody else gets it. */
export function listReviewQueue(db: Executor, user: PermissionSubject | null): Promise<DeskStoryRow[]> {
  if (!userCan(user, "article.review")) return Promise.resolve([]);
  return selectStoriesInReview(db, { limit: DESK_LIMIT });
}
