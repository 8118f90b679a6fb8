"use client";

import { useActionState } from "react";
import { describedBy, errorsOf, FieldErrors, FormMessage, hintClass, labelClass, secondaryButtonClass, valueOf } from "@/components/forms/form-feedback";
import { resetPasswordAction } from "@/lib/actions/user-actions";
import { HandOverPanel } from "./hand-over-panel";

export function ResetPasswordForm({
  userId,
  name,
  invited,
  timeZone,
}: {
  userId: string;
  name: string;
  /** Still has no password: a link is a fresh invitation. */
  invited: boolean;
  timeZone: string;
}) {
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const errors = errorsOf(state, "method");
  const method = valueOf(state, "method", "link");
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <FormMessage state={state} />
        <fieldset {...describedBy("reset-method", errors)}>
          <legend className={labelClass}>{invited ? `New invitation or password for ${name}` : `Reset ${name}'s password`}</legend>
          <div className="mt-2 space-y-2">
            <label className="flex items-start gap-2">
              <input type="radio" name="method" value="link" defaultChecked={method === "link"} className="mt-1" />
              <span>
                {invited ? "A new invitation link" : "A reset link"}{" "}
                <span className={hintClass}>
                  {invited ? "— replaces the earlier invitation; works once, for 7 days." : "— they choose a new password; works once, for 24 hours."}
                </span>
              </span>
            </label>
            <label className="flex items-start gap-2">
              <input type="radio" name="method" value="password" defaultChecked={method === "password"} className="mt-1" />
              <span>
                A new one-time password <span className={hintClass}>— replaces their password at once.</span>
              </span>
            </label>
          </div>
          <FieldErrors id="reset-method-errors" errors={errors} />
        </fieldset>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {pending ? "Working…" : invited ? "Create" : "Reset password"}
        </button>
      </form>
      {state?.ok && <HandOverPanel handOver={state.handOver} name={name} timeZone={timeZone} />}
    </div>
  );
}
