"use client";

import { useActionState } from "react";
import { describedBy, errorsOf, FieldErrors, FormMessage, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { ROLES, type Role } from "@/db/schema";
import { changeRoleAction } from "@/lib/actions/user-actions";

const ROLE_NAMES: Record<Role, string> = { reporter: "Reporter", editor: "Editor", admin: "Admin" };

export function ChangeRoleForm({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const [state, formAction, pending] = useActionState(changeRoleAction, null);
  const errors = errorsOf(state, "role");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      <div>
        <label htmlFor="role" className={labelClass}>
          {name}&rsquo;s role
        </label>
        {/* Keyed by the stored role, so the select follows it after a change. */}
        <select key={role} id="role" name="role" defaultValue={role} className={`${inputClass} max-w-xs`} {...describedBy("role", errors)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_NAMES[value]}
            </option>
          ))}
        </select>
        <FieldErrors id="role-errors" errors={errors} />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Changing…" : "Change role"}
      </button>
    </form>
  );
}
