import type { Metadata } from "next";
import Link from "next/link";
import { AddPersonForm } from "@/components/newsroom/people/add-person-form";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export const metadata: Metadata = { title: "Add a person" };

export default async function AddPersonPage() {
  await requirePermission("user.manage", { path: "/newsroom/people/new" });
  const timeZone = await getNewsroomTimeZone(await getDb());
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/newsroom/people" className="underline underline-offset-4">
          People
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-bold">Add a person</h1>
      <AddPersonForm timeZone={timeZone} />
    </>
  );
}
