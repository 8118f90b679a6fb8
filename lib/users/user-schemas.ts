import { z } from "zod";
import { ROLES } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { zodFailure, type Failure, type FieldErrors } from "@/lib/forms/form-state";

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

export const userIdSchema = z.uuid({ error: "Choose a person from the list." });

/** Plain text shown on the public author page; line breaks are kept, nothing else is markup. */
export const BIO_MAX_LENGTH = 1000;
export const bioSchema = z
  .string({ error: "Enter a bio, or leave it empty." })
  .transform((bio) => bio.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(BIO_MAX_LENGTH, { error: `Bios are limited to ${BIO_MAX_LENGTH.toLocaleString("en")} characters.` }));

/** How a new person gets their first password. */
export const SIGN_IN_METHODS = ["invitation", "password"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
const signInMethodSchema = z.enum(SIGN_IN_METHODS, {
  error: "Choose how they will sign in: an invitation link or a one-time password.",
});

/** What an admin fills in to add a person; the password, if any, is generated, never typed. */
export const newPersonSchema = z.object({ email: emailSchema, name: nameSchema, role: roleSchema, method: signInMethodSchema });
export type NewPersonInput = z.input<typeof newPersonSchema>;

export const inviteUserSchema = z.object({ email: emailSchema, name: nameSchema, role: roleSchema });
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const setUserRoleByIdSchema = z.object({ userId: userIdSchema, role: roleSchema });
export type SetUserRoleByIdInput = z.input<typeof setUserRoleByIdSchema>;

export const userIdInputSchema = z.object({ userId: userIdSchema });
export type UserIdInput = z.input<typeof userIdInputSchema>;

export const PASSWORD_RESET_METHODS = ["link", "password"] as const;
export type PasswordResetMethod = (typeof PASSWORD_RESET_METHODS)[number];
export const passwordResetSchema = z.object({
  userId: userIdSchema,
  method: z.enum(PASSWORD_RESET_METHODS, { error: "Choose a reset link or a new one-time password." }),
});
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

export const profileSchema = z.object({ name: nameSchema, bio: bioSchema });
export type ProfileInput = z.input<typeof profileSchema>;

const confirmPasswordSchema = z.string({ error: "Type the new password again." }).min(1, { error: "Type the new password again." });

function passwordsMatch(value: { newPassword: string; confirmPassword: string }, context: z.RefinementCtx): void {
  if (value.newPassword !== value.confirmPassword) {
    context.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords differ." });
  }
}

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .superRefine(passwordsMatch);
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

export const setPasswordWithTokenSchema = z
  .object({
    token: z.string({ error: "This link is not valid." }).min(1, { error: "This link is not valid." }).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .superRefine(passwordsMatch);
export type SetPasswordWithTokenInput = z.input<typeof setPasswordWithTokenSchema>;

export const USER_FIELDS = [
  "email",
  "name",
  "role",
  "password",
  "userId",
  "method",
  "bio",
  "photo",
  "currentPassword",
  "newPassword",
  "confirmPassword",
  "token",
] as const;
export type UserField = (typeof USER_FIELDS)[number];
export type UserFieldErrors = FieldErrors<UserField>;

/** Expected failures carry a message for the whole form and one per field. */
export type UserFailure = Failure<UserField>;

export function validationFailure(error: z.ZodError): UserFailure {
  return zodFailure(error, USER_FIELDS);
}

export function unknownEmailFailure(email: string): UserFailure {
  const error = `No user has the email ${email}.`;
  return { ok: false, error, fieldErrors: { email: [error] } };
}

export function unknownUserFailure(): UserFailure {
  const error = "That person was not found. Reload the page and try again.";
  return { ok: false, error, fieldErrors: { userId: [error] } };
}

export function lastAdminFailure(name: string, change: string): UserFailure {
  return {
    ok: false,
    error: `${name} is the only active admin, so they cannot be ${change}. Make someone else an admin first.`,
    fieldErrors: {},
  };
}

export type { Untrusted } from "@/lib/forms/form-state";

/** Who made a change, for the audit log: a person, or the operator at the command line (null). */
export type ChangeActor = { actorId: string | null; note?: string };
