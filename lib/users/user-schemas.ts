import { z } from "zod";
import { ROLES } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

// Shared by the operator CLI and the admin forms, so both refuse the same input
// with the same words.

const VALID_ROLES = ROLES.join(", ");

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }).max(320, { error: "That email address is too long." }));

export const nameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(120, { error: "Names are limited to 120 characters." });

export const roleSchema = z.enum(ROLES, {
  error: (issue) =>
    issue.input === undefined || issue.input === ""
      ? `Choose a role: ${VALID_ROLES}.`
      : `Unknown role "${String(issue.input)}". Valid roles: ${VALID_ROLES}.`,
});

export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { error: `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters long.` })
  .max(1024, { error: "Passwords are limited to 1024 characters." });

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const setUserRoleSchema = z.object({ email: emailSchema, role: roleSchema });
export type SetUserRoleInput = z.input<typeof setUserRoleSchema>;

export const userEmailSchema = z.object({ email: emailSchema });
export type UserEmailInput = z.input<typeof userEmailSchema>;

export type UserField = "email" | "name" | "role" | "password";
export type UserFieldErrors = Partial<Record<UserField, string[]>>;

/** Expected failures carry a message for the whole form and one per field. */
export type UserFailure = { ok: false; error: string; fieldErrors: UserFieldErrors };

export function validationFailure(error: z.ZodError): UserFailure {
  const fieldErrors: UserFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === "email" || field === "name" || field === "role" || field === "password") {
      (fieldErrors[field] ??= []).push(issue.message);
    }
  }
  const messages = Object.values(fieldErrors).flat();
  return { ok: false, error: messages.join(" ") || "Check the form and try again.", fieldErrors };
}

export function unknownEmailFailure(email: string): UserFailure {
  const error = `No user has the email ${email}.`;
  return { ok: false, error, fieldErrors: { email: [error] } };
}

export function lastAdminFailure(name: string, change: string): UserFailure {
  return {
    ok: false,
    error: `${name} is the only active admin, so they cannot be ${change}. Make someone else an admin first.`,
    fieldErrors: {},
  };
}

/** Input as it arrives from a form or the command line: checked by the schemas, not trusted. */
export type Untrusted<T> = { [K in keyof T]?: unknown };

/** Who made a change, for the audit log: a person, or the operator at the command line (null). */
export type ChangeActor = { actorId: string | null; note?: string };
