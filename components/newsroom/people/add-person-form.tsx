"use client";

import { useActionState } from "react";
import { buttonClass, describedBy, errorsOf, FieldErrors, FormMessage, hintClass, inputClass, labelClass, valueOf } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import type { Role } from "@/db/schema";
import { addPersonAction } from "@/lib/actions/user-actions";
import { HandOverPanel } from "./hand-over-panel";

const ROLE_CHOICES: { value: Role; label: string }[] = [
  { value: "reporter", label: "Reporter — writes and submits own stories" },
  { value: "editor", label: "Editor — reviews, publishes, manages sections and tags" },
  { value: "admin", label: "Admin — everything, including people and settings" },
];

export function AddPersonForm({ timeZone }: { timeZone: string }) {
  const [state, formAction, pending] = useActionState(addPersonAction, null);
  const roleErrors = errorsOf(state, "role");
  const methodErrors = errorsOf(state, "method");
  const method = valueOf(state, "method", "invitation");
  const role = valueOf(state, "role", "reporter");

  return (
    <div className="space-y-6">
      <form action={formAction} className="max-w-xl space-y-5" noValidate>
        <FormMessage state={state} />
        <TextField id="person-name" name="name" label="Name" autoComplete="off" required defaultValue={valueOf(state, "name")} errors={errorsOf(state, "name")} />
        <TextField
          id="person-email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="off"
          required
          defaultValue={valueOf(state, "email")}
          errors={errorsOf(state, "email")}
        />
        <div>
          <label htmlFor="person-role" className={labelClass}>
            Role
          </label>
          {/* Keyed by its default: React leaves a mounted select's default alone, and the form reset after a failure must restore what was sent. */}
          <select key={role} id="person-role" name="role" defaultValue={role} className={inputClass} {...describedBy("person-role", roleErrors)}>
            {ROLE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <FieldErrors id="person-role-errors" errors={roleErrors} />
        </div>
        <fieldset {...describedBy("person-method", methodErrors)}>
          <legend className={labelClass}>How they sign in for the first time</legend>
          <div className="mt-2 space-y-2">
            <label className="flex items-start gap-2">
              <input type="radio" name="method" value="invitation" defaultChecked={method === "invitation"} className="mt-1" />
              <span>
                Invitation link <span className={hintClass}>— they choose their own password; the link works once, for 7 days.</span>
              </span>
            </label>
            <label className="flex items-start gap-2">
              <input type="radio" name="method" value="password" defaultChecked={method === "password"} className="mt-1" />
              <span>
                One-time password <span className={hintClass}>— generated now and shown to you once.</span>
              </span>
            </label>
          </div>
          <FieldErrors id="person-method-errors" errors={methodErrors} />
        </fieldset>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Adding…" : "Add person"}
        </button>
      </form>
      {state?.ok && <HandOverPanel handOver={state.handOver} name={state.person.name} timeZone={timeZone} />}
    </div>
  );
}
