import type { Executor } from "@/db/client";
import { selectReviewQueue, type ReviewQueueRow } from "@/db/queries/review-queue";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";

const QUEUE_LIMIT = 200;

/** The review queue, longest-waiting first, for people who review; nobody else gets it. */
export function listReviewQueue(db: Executor, user: PermissionSubject | null): Promise<ReviewQueueRow[]> {
  if (!userCan(user, "article.review")) return Promise.resolve([]);
  return selectReviewQueue(db, { limit: QUEUE_LIMIT });
}

/** "3 days 4 hours", "2 hours 5 minutes", "under a minute": how long a story has waited. */
export function describeWait(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 1) return "under a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const unit = (value: number, name: string) => `${value} ${name}${value === 1 ? "" : "s"}`;
  if (days > 0) return hours > 0 ? `${unit(days, "day")} ${unit(hours, "hour")}` : unit(days, "day");
  if (hours > 0) return mins > 0 ? `${unit(hours, "hour")} ${unit(mins, "minute")}` : unit(hours, "hour");
  return unit(mins, "minute");
}
