import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountStatusForm } from "@/components/newsroom/people/account-status-form";
import { ChangeRoleForm } from "@/components/newsroom/people/change-role-form";
import { ResetPasswordForm } from "@/components/newsroom/people/reset-password-form";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { getPersonForAdmin } from "@/lib/users/get-person-for-admin";

export const metadata: Metadata = { title: "Person" };

const LINK_NAMES = { invitation: "An invitation link", password_reset: "A password reset link" } as const;

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission("user.manage", { path: `/newsroom/people/${id}` });
  const db = await getDb();
  const [person, timeZone] = await Promise.all([getPersonForAdmin(db, viewer, id), getNewsroomTimeZone(db)]);
  if (!person) notFound();
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  const isSelf = person.id === viewer.id;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/newsroom/people" className="underline underline-offset-4">
          People
        </Link>
      </p>
      <h1 className="mb-1 font-serif text-3xl font-bold">{person.name}</h1>
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-bold">Email</dt>
        <dd>{person.email}</dd>
        <dt className="font-bold">Role</dt>
        <dd className="capitalize">{person.role}</dd>
        <dt className="font-bold">Status</dt>
        <dd>{!person.active ? "Deactivated" : person.hasPassword ? "Active" : "Invited: has not chosen a password yet"}</dd>
        <dt className="font-bold">Last sign-in</dt>
        <dd>{person.lastSignInAt ? format.format(person.lastSignInAt) : "Never"}</dd>
        <dt className="font-bold">Added</dt>
        <dd>{format.format(person.createdAt)}</dd>
        {person.pendingLinks.map((link) => (
          <div key={`${link.kind}-${link.expiresAt.toISOString()}`} className="contents">
            <dt className="font-bold">Open link</dt>
            <dd>
              {LINK_NAMES[link.kind]} {link.expired ? "expired" : "works until"} {format.format(link.expiresAt)}.
            </dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="role-heading" className="space-y-3">
          <h2 id="role-heading" className="font-serif text-xl font-bold">
            Role
          </h2>
          <ChangeRoleForm userId={person.id} name={person.name} role={person.role} />
        </section>
        <section aria-labelledby="status-heading" className="space-y-3">
          <h2 id="status-heading" className="font-serif text-xl font-bold">
            Account
          </h2>
          {isSelf ? (
            <p className="text-sm">This is your own account: another admin can deactivate it. Change your password on your profile page.</p>
          ) : (
            <AccountStatusForm userId={person.id} name={person.name} active={person.active} />
          )}
        </section>
        {person.active && !isSelf && (
          <section aria-labelledby="password-heading" className="space-y-3 md:col-span-2">
            <h2 id="password-heading" className="font-serif text-xl font-bold">
              Password
            </h2>
            <ResetPasswordForm userId={person.id} name={person.name} invited={!person.hasPassword} timeZone={timeZone} />
          </section>
        )}
      </div>
    </>
  );
}
