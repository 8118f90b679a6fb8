import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { userCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

export function NewsroomHeader({ user }: { user: CurrentUser }) {
  const links = [
    { href: "/newsroom", label: "Stories", show: true },
    { href: "/newsroom/review", label: "Review queue", show: userCan(user, "article.review") },
    { href: "/newsroom/media", label: "Media", show: userCan(user, "media.upload") },
    { href: "/newsroom/sections", label: "Sections", show: userCan(user, "section.manage") },
    { href: "/newsroom/tags", label: "Tags", show: userCan(user, "tag.manage") },
    { href: "/newsroom/people", label: "People", show: userCan(user, "user.manage") },
    { href: "/newsroom/audit", label: "Audit log", show: userCan(user, "audit.read") },
    { href: "/newsroom/settings", label: "Settings", show: userCan(user, "settings.manage") },
  ].filter((link) => link.show);

  return (
    <header className="border-b border-stone-300 bg-stone-100 dark:border-stone-700 dark:bg-stone-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div className="flex flex-wrap items-center gap-6">
          <Link href="/newsroom" className="font-serif text-xl font-bold tracking-tight">
            Masthead newsroom
          </Link>
          <nav aria-label="Newsroom">
            <ul className="flex flex-wrap gap-4 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="underline-offset-4 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-4 text-sm">
          <NotificationBell user={user} />
          <span>
            <span className="font-bold">{user.name}</span>{" "}
            <span className="text-stone-600 capitalize dark:text-stone-400">({user.role})</span>
          </span>
          <Link href="/newsroom/profile" className="underline underline-offset-4">
            Profile
          </Link>
          <Link href="/signout" className="underline underline-offset-4">
            Sign out
          </Link>
        </div>
      </div>
    </header>
  );
}
