import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articles, notifications, users } from "../schema";

export type NewNotification = { userId: string; kind: string; articleId: string | null; actorId: string | null; message: string; createdAt?: Date };

export async function insertNotifications(db: Executor, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(notifications).values(rows);
}

export type NotificationRow = {
  id: string;
  kind: string;
  articleId: string | null;
  articleHeadline: string | null;
  actorName: string | null;
  message: string;
  readAt: Date | null;
  createdAt: Date;
};

/** One person's notifications, newest first; `before` pages on (createdAt, id). */
export function selectNotificationsFor(
  db: Executor,
  params: { userId: string; limit: number; unreadOnly?: boolean; before?: { createdAt: Date; id: string } },
): Promise<NotificationRow[]> {
  const { before } = params;
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      articleId: notifications.articleId,
      articleHeadline: articles.headline,
      actorName: users.name,
      message: notifications.message,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(articles, eq(articles.id, notifications.articleId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(
      and(
        eq(notifications.userId, params.userId),
        params.unreadOnly ? isNull(notifications.readAt) : undefined,
        before
          ? or(lt(notifications.createdAt, before.createdAt), and(eq(notifications.createdAt, before.createdAt), lt(notifications.id, before.id)))
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(params.limit);
}

export async function countUnreadNotifications(db: Executor, params: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::integer` })
    .from(notifications)
    .where(and(eq(notifications.userId, params.userId), isNull(notifications.readAt)));
  return Number(row?.count ?? 0);
}

/** Marks some (or, without ids, all) of one person's notifications read; never anyone else's. */
export async function markNotificationsRead(db: Executor, params: { userId: string; ids?: string[]; at: Date }): Promise<number> {
  if (params.ids && params.ids.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(
      and(
        eq(notifications.userId, params.userId),
        isNull(notifications.readAt),
        params.ids ? inArray(notifications.id, params.ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
