import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/list-notifications";
import { NotificationMenu } from "./notification-menu";

/** The header's bell: the unread count from the server, then the menu keeps it current. */
export async function NotificationBell({ user }: { user: CurrentUser }) {
  const unread = await countUnread(await getDb(), user);
  return <NotificationMenu initialUnread={unread} />;
}
