import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/demo-mode";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";

export const metadata: Metadata = { title: "Sign in" };

// Only known codes are shown: echoing ?error= text would let anyone put words on our sign-in page.
const NOTICES: Record<string, string> = {
  deactivated: "Your account has been deactivated, so you were signed out. Ask an administrator if you think this is a mistake.",
  SessionRequired: "Sign in to continue.",
  CredentialsSignin: "Email or password is incorrect.",
};
const FALLBACK_NOTICE = "Sign-in did not work. Try again.";

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  const errorCode = first(params.error);

  // Already signed in (and still active): go where they were headed.
  if (await getCurrentUser()) redirect(callbackUrl);

  return (
    <SignInForm
      callbackUrl={callbackUrl}
      notice={errorCode ? (NOTICES[errorCode] ?? FALLBACK_NOTICE) : undefined}
      demoAccounts={isDemoMode() ? DEMO_ACCOUNTS : []}
    />
  );
}
