"use client";

import Link from "next/link";
import { useActionState } from "react";
import { buttonClass, errorsOf, FormMessage } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import { acceptInvitationAction, resetPasswordWithLinkAction } from "@/lib/actions/account-actions";

/** Where an invited person (or one with a reset link) chooses their password. */
export function SetPasswordForm({
  kind,
  token,
  name,
  email,
  minLength,
}: {
  kind: "invitation" | "password_reset";
  token: string;
  name: string;
  email: string;
  minLength: number;
}) {
  const [state, formAction, pending] = useActionState(kind === "invitation" ? acceptInvitationAction : resetPasswordWithLinkAction, null);

  if (state?.ok) {
    return (
      <div className="space-y-5">
        <h1 className="font-serif text-2xl font-bold">Password set</h1>
        <FormMessage state={state} />
        <p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent("/newsroom")}`} className="font-bold underline underline-offset-4">
            Sign in as {state.email}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <h1 className="font-serif text-2xl font-bold">{kind === "invitation" ? `Welcome, ${name}` : "Choose a new password"}</h1>
      <p className="text-sm">
        {kind === "invitation" ? "Choose a password to finish setting up your account" : "Choose a new password for your account"}{" "}
        <span className="font-bold">{email}</span>.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id="new-password"
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        hint={`At least ${minLength} characters. A few unrelated words make a strong one.`}
        errors={errorsOf(state, "newPassword")}
      />
      <TextField
        id="confirm-password"
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        errors={errorsOf(state, "confirmPassword")}
      />
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
