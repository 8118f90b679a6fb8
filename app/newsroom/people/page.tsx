import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const viewer = await requirePermission("user.manage", { path: "/newsroom/people" });
  const people = await listUsers(await getDb(), viewer);
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">People</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">Everyone with an account in the newsroom.</p>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">People with an account</caption>
        <thead>
          <tr className="border-b-2 border-stone-800 dark:border-stone-300">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Email</th>
            <th scope="col" className="py-2 pr-4">Role</th>
            <th scope="col" className="py-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-stone-200 dark:border-stone-800">
              <td className="py-2 pr-4 font-bold">{person.name}</td>
              <td className="py-2 pr-4">{person.email}</td>
              <td className="py-2 pr-4 capitalize">{person.role}</td>
              <td className="py-2">{person.active ? "Active" : "Deactivated"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
