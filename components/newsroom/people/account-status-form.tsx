"use client";

import { useActionState, useState } from "react";
import { dangerButtonClass, FormMessage, secondaryButtonClass } from "@/components/forms/form-feedback";
import { deactivateUserAction, reactivateUserAction } from "@/lib/actions/user-actions";

/** Deactivate (ends their sessions on their next request) or reactivate a person. */
export function AccountStatusForm({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const [deactivated, deactivate, deactivating] = useActionState(deactivateUserAction, null);
  const [reactivated, reactivate, reactivating] = useActionState(reactivateUserAction, null);
  // The message of whichever was used last, so it stays after the page shows the new status.
  const [last, setLast] = useState<"deactivate" | "reactivate" | null>(null);
  const pending = deactivating || reactivating;
  return (
    <form action={active ? deactivate : reactivate} onSubmit={() => setLast(active ? "deactivate" : "reactivate")} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={last === "deactivate" ? deactivated : last === "reactivate" ? reactivated : null} />
      <p className="text-sm">
        {active
          ? `Deactivating signs ${name} out on their next request and stops them signing in. Their stories and history stay.`
          : `${name} is deactivated and cannot sign in.`}
      </p>
      <button type="submit" disabled={pending} className={active ? dangerButtonClass : secondaryButtonClass}>
        {pending ? "Saving…" : active ? `Deactivate ${name}` : `Reactivate ${name}`}
      </button>
    </form>
  );
}
