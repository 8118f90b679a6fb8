import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-5">
      <h1 className="font-serif text-2xl font-bold">Sign out</h1>
      <p>{user ? `You are signed in as ${user.name} (${user.email}).` : "You are not signed in to an active account."}</p>
      <SignOutButton />
      <p className="text-sm">
        <Link href="/newsroom" className="underline underline-offset-4">
          Back to the newsroom
        </Link>
      </p>
    </div>
  );
}
