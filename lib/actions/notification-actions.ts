"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import type { NotificationRow } from "@/db/queries/notifications";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnread, listNotifications, markRead } from "@/lib/notifications/list-notifications";

// Each action reads the session itself and touches only the person's own notifications.

export async function unreadNotificationCountAction(): Promise<number> {
  const user = await getCurrentUser();
  return user ? countUnread(await getDb(), user) : 0;
}

export async function recentNotificationsAction(): Promise<{ items: NotificationRow[]; unread: number } | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = await getDb();
  const [page, unread] = [await listNotifications(db, user, { limit: 10 }), await countUnread(db, user)];
  return { items: page.items, unread };
}

/** Marks the given notifications (or, with none given, all of them) read; returns the new unread count. */
export async function markNotificationsReadAction(ids?: string[]): Promise<number> {
  const user = await getCurrentUser();
  if (!user) return 0;
  const db = await getDb();
  await markRead(db, user, Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : undefined);
  return countUnread(db, user);
}

/** The notifications page's "Mark all read" button. */
export async function markAllNotificationsReadFormAction(): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  await markRead(await getDb(), user);
  revalidatePath("/newsroom", "layout");
}
