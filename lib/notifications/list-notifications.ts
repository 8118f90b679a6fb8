import type { Executor } from "@/db/client";
import { countUnreadNotifications, markNotificationsRead, selectNotificationsFor, type NotificationRow } from "@/db/queries/notifications";
import type { PermissionSubject } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/workflow/is-uuid";

type Reader = (PermissionSubject & { id: string }) | null;

export type NotificationPage = { items: NotificationRow[]; nextCursor: string | null };

// Cursor: "<ISO time>_<id>" of the last item shown.
function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [time, id] = cursor.split("_");
  const createdAt = new Date(time ?? "");
  return Number.isNaN(createdAt.getTime()) || !isUuid(id) ? undefined : { createdAt, id };
}

/** A person's own notifications, newest first; nobody can read another's. */
export async function listNotifications(db: Executor, user: Reader, options: { limit?: number; unreadOnly?: boolean; cursor?: string } = {}): Promise<NotificationPage> {
  if (!user || !user.active) return { items: [], nextCursor: null };
  const limit = Math.min(Math.max(options.limit ?? 30, 1), 100);
  const rows = await selectNotificationsFor(db, { userId: user.id, limit: limit + 1, unreadOnly: options.unreadOnly, before: parseCursor(options.cursor) });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

export async function countUnread(db: Executor, user: Reader): Promise<number> {
  if (!user || !user.active) return 0;
  return countUnreadNotifications(db, { userId: user.id });
}

/** Marks the person's own notifications read (the given ones, or all); returns how many changed. */
export async function markRead(db: Executor, user: Reader, ids?: readonly string[]): Promise<number> {
  if (!user || !user.active) return 0;
  const valid = ids?.filter(isUuid);
  return markNotificationsRead(db, { userId: user.id, ids: valid, at: new Date() });
}
