import type { Executor } from "@/db/client";
import { insertNotifications } from "@/db/queries/notifications";
import { selectActiveUserIds, selectActiveUserIdsByRole, selectBylineUserIds } from "@/db/queries/workflow";

export const NOTIFICATION_KINDS = [
  "submitted",
  "changes_requested",
  "approved",
  "published",
  "scheduled",
  "unpublished",
  "schedule_failed",
  "commented",
  "mentioned",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Writes one notification to each recipient, inside the caller's transaction.
 * Nobody is told about their own action, nobody twice, and deactivated
 * accounts get nothing. Returns who was notified.
 */
export async function notifyPeople(
  db: Executor,
  params: { recipients: readonly string[]; kind: NotificationKind; articleId: string | null; actorId: string | null; message: string; at?: Date },
): Promise<string[]> {
  const wanted = [...new Set(params.recipients)].filter((id) => id !== params.actorId);
  const active = await selectActiveUserIds(db, { ids: wanted });
  const keep = new Set(active);
  const recipients = wanted.filter((id) => keep.has(id));
  await insertNotifications(
    db,
    recipients.map((userId) => ({
      userId,
      kind: params.kind,
      articleId: params.articleId,
      actorId: params.actorId,
      message: params.message,
      ...(params.at ? { createdAt: params.at } : {}),
    })),
  );
  return recipients;
}

/** The people a story belongs to: its bylined reporters, and whoever created it. */
export async function storyPeople(db: Executor, article: { id: string; createdBy: string }): Promise<string[]> {
  const bylines = await selectBylineUserIds(db, { articleId: article.id });
  return [...new Set([...bylines, article.createdBy])];
}

/** Everyone who reviews: active editors and admins. */
export function reviewers(db: Executor): Promise<string[]> {
  return selectActiveUserIdsByRole(db, { roles: ["editor", "admin"] });
}

/** A headline for a notification, quoted; an untitled story says so. */
export function quoteHeadline(headline: string): string {
  const trimmed = headline.trim();
  return trimmed ? `“${trimmed.length > 120 ? `${trimmed.slice(0, 117)}…` : trimmed}”` : "an untitled story";
}
