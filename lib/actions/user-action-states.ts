import type { Failure } from "@/lib/forms/form-state";
import type { UserField } from "@/lib/users/user-schemas";

// What the people, profile and account actions return to their forms. Kept
// apart from the 'use server' files, which may export only async functions.

export type UserFormFailure = Failure<UserField>;

/** A secret shown to the admin once: an invitation or reset link (a path on this site) or a one-time password. */
export type HandOver =
  | { kind: "invitation" | "password_reset"; path: string; expiresAt: string }
  | { kind: "password"; password: string };

export type AddPersonState =
  | { ok: true; message: string; person: { id: string; name: string; email: string }; handOver: HandOver }
  | UserFormFailure;

export type UserChangeState = { ok: true; message: string } | UserFormFailure;

export type ResetPasswordState = { ok: true; message: string; handOver: HandOver } | UserFormFailure;

export type ProfileState = { ok: true; message: string } | UserFormFailure;

export type SetPasswordState = { ok: true; message: string; email: string } | UserFormFailure;
