import type { Metadata } from "next";
import Link from "next/link";
import { secondaryButtonClass } from "@/components/forms/form-feedback";
import { getDb } from "@/db/client";
import { markAllNotificationsReadFormAction } from "@/lib/actions/notification-actions";
import { requireUser } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { countUnread, listNotifications } from "@/lib/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/newsroom/notifications");
  const params = await searchParams;
  const unreadOnly = one(params.unread) === "1";
  const db = await getDb();
  const [page, unread, timeZone] = await Promise.all([
    listNotifications(db, user, { unreadOnly, cursor: one(params.cursor), limit: 30 }),
    countUnread(db, user),
    getNewsroomTimeZone(db),
  ]);
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  const base = unreadOnly ? "/newsroom/notifications?unread=1" : "/newsroom/notifications";
  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="mb-1 font-serif text-3xl font-bold">Notifications</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {unread === 0 ? "Nothing unread." : `${unread} unread.`} Times are in the newsroom&rsquo;s time zone ({timeZone}).
          </p>
        </div>
        {unread > 0 && (
          <form action={markAllNotificationsReadFormAction}>
            <button type="submit" className={secondaryButtonClass}>
              Mark all read
            </button>
          </form>
        )}
      </div>
      <p className="mb-4 text-sm">
        {unreadOnly ? (
          <Link href="/newsroom/notifications" className="underline underline-offset-4">
            Show all
          </Link>
        ) : (
          <Link href="/newsroom/notifications?unread=1" className="underline underline-offset-4">
            Show unread only
          </Link>
        )}
      </p>
      {page.items.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{unreadOnly ? "No unread notifications." : "No notifications yet."}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="notifications">
          {page.items.map((item) => (
            <li key={item.id} className="py-3">
              <p className={item.readAt ? "" : "font-bold"}>
                {!item.readAt && <span className="sr-only">Unread: </span>}
                {item.articleId ? (
                  <Link href={`/newsroom/stories/${item.articleId}`} className="underline-offset-4 hover:underline">
                    {item.message}
                  </Link>
                ) : (
                  item.message
                )}
              </p>
              <p className="text-xs text-stone-600 dark:text-stone-400">
                <time dateTime={item.createdAt.toISOString()}>{format.format(item.createdAt)}</time>
                {item.articleId && (
                  <>
                    {" · "}
                    <Link href={`/newsroom/stories/${item.articleId}/workflow`} className="underline underline-offset-4">
                      Workflow and history
                    </Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <p className="mt-4">
          <Link href={`${base}${base.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(page.nextCursor)}`} className="underline underline-offset-4">
            Older notifications
          </Link>
        </p>
      )}
    </>
  );
}
