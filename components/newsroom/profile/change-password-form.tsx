"use client";

import { useActionState } from "react";
import { errorsOf, FormMessage, secondaryButtonClass } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import { changePasswordAction } from "@/lib/actions/profile-actions";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  return (
    <form action={formAction} className="max-w-xl space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={errorsOf(state, "currentPassword")}
      />
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
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
