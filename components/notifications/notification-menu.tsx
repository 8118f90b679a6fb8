"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { NotificationRow } from "@/db/queries/notifications";
import { markNotificationsReadAction, recentNotificationsAction, unreadNotificationCountAction } from "@/lib/actions/notification-actions";

const POLL_MS = 60_000;

export function unreadLabel(count: number): string {
  return count === 0 ? "Notifications, none unread" : `Notifications, ${count} unread`;
}

/** A bell with the unread count; opens the latest notifications, each a link to its story. */
export function NotificationMenu({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<NotificationRow[] | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  const poll = useCallback(() => {
    void unreadNotificationCountAction()
      .then(setUnread)
      .catch(() => {});
  }, []);

  // Keeps the count current while the page stays open, and when the person comes back to the tab.
  useEffect(() => {
    const timer = setInterval(poll, POLL_MS);
    const onFocus = () => poll();
    window.addEventListener("focus", onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [poll]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    const onClick = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  async function toggle() {
    if (open) return setOpen(false);
    setOpen(true);
    const loaded = await recentNotificationsAction().catch(() => null);
    setItems(loaded?.items ?? []);
    if (loaded) setUnread(loaded.unread);
  }

  async function markAll() {
    setUnread(await markNotificationsReadAction());
    setItems((current) => current?.map((item) => ({ ...item, readAt: item.readAt ?? new Date() })) ?? null);
  }

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unreadLabel(unread)}
        onClick={() => void toggle()}
        className="relative rounded px-2 py-1 hover:bg-stone-200 dark:hover:bg-stone-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-current">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 && (
          <span aria-hidden="true" data-testid="unread-count" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="absolute right-0 z-20 mt-2 w-80 rounded border border-stone-300 bg-white p-3 text-sm shadow-lg dark:border-stone-700 dark:bg-stone-900">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="font-bold">Notifications</h2>
            {unread > 0 && (
              <button type="button" className="underline underline-offset-4" onClick={() => void markAll()}>
                Mark all read
              </button>
            )}
          </div>
          {items === null ? (
            <p>Loading…</p>
          ) : items.length === 0 ? (
            <p className="text-stone-600 dark:text-stone-400">Nothing yet.</p>
          ) : (
            <ul className="max-h-96 space-y-2 overflow-y-auto">
              {items.map((item) => (
                <li key={item.id} className={item.readAt ? "" : "font-bold"}>
                  {item.articleId ? (
                    <Link
                      href={`/newsroom/stories/${item.articleId}`}
                      className="underline-offset-4 hover:underline"
                      onClick={() => {
                        setOpen(false);
                        if (!item.readAt) void markNotificationsReadAction([item.id]).then(setUnread);
                      }}
                    >
                      {item.message}
                    </Link>
                  ) : (
                    item.message
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 border-t border-stone-200 pt-2 dark:border-stone-700">
            <Link href="/newsroom/notifications" className="underline underline-offset-4" onClick={() => setOpen(false)}>
              All notifications
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
