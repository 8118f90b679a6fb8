import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import type { UserListRow } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "People" };

function statusOf(person: UserListRow): string {
  if (!person.active) return "Deactivated";
  return person.hasPassword ? "Active" : "Invited";
}

export default async function PeoplePage() {
  const viewer = await requirePermission("user.manage", { path: "/newsroom/people" });
  const db = await getDb();
  const [people, timeZone] = await Promise.all([listUsers(db, viewer), getNewsroomTimeZone(db)]);
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="mb-1 font-serif text-3xl font-bold">People</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Everyone with an account in the newsroom. Times are in the newsroom&rsquo;s time zone ({timeZone}).
          </p>
        </div>
        <Link href="/newsroom/people/new" className="rounded bg-stone-900 px-4 py-2 font-bold text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
          Add a person
        </Link>
      </div>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">People with an account</caption>
        <thead>
          <tr className="border-b-2 border-stone-800 dark:border-stone-300">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Email</th>
            <th scope="col" className="py-2 pr-4">Role</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-stone-200 dark:border-stone-800">
              <td className="py-2 pr-4 font-bold">
                <Link href={`/newsroom/people/${person.id}`} className="underline underline-offset-4">
                  {person.name}
                </Link>
              </td>
              <td className="py-2 pr-4">{person.email}</td>
              <td className="py-2 pr-4 capitalize">{person.role}</td>
              <td className="py-2 pr-4">{statusOf(person)}</td>
              <td className="py-2 whitespace-nowrap">
                {person.lastSignInAt ? <time dateTime={person.lastSignInAt.toISOString()}>{format.format(person.lastSignInAt)}</time> : "Never"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
