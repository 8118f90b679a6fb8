import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import type { UserTokenKind } from "@/db/queries/user-tokens";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { checkUserToken } from "@/lib/users/redeem-user-token";
import { SetPasswordForm } from "./set-password-form";

/** The body of the invitation and reset pages: the form, or why the link no longer works. */
export async function SetPasswordPage({ kind, token }: { kind: UserTokenKind; token: string }) {
  // Every visit checks the link anew; nothing here may be prerendered or cached.
  await connection();
  const check = await checkUserToken(await getDb(), { token, kind });
  if (!check.ok) {
    return (
      <div className="space-y-4">
        <h1 className="font-serif text-2xl font-bold">{kind === "invitation" ? "This invitation cannot be used" : "This reset link cannot be used"}</h1>
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
          {check.error}
        </p>
        <p>
          <Link href="/signin" className="underline underline-offset-4">
            Go to the sign-in page
          </Link>
        </p>
      </div>
    );
  }
  return <SetPasswordForm kind={kind} token={token} name={check.user.name} email={check.user.email} minLength={MIN_PASSWORD_LENGTH} />;
}
