"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { failure, formText, withValues } from "@/lib/forms/form-state";
import { addPerson } from "@/lib/users/add-person";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { deactivateUser, reactivateUser } from "@/lib/users/set-user-active";
import { setUserRole } from "@/lib/users/set-user-role";
import type { Role } from "@/db/schema";
import type { IssuedUserToken } from "@/lib/users/user-tokens";
import type { AddPersonState, HandOver, ResetPasswordState, UserChangeState } from "./user-action-states";

// The people pages' actions. Each checks `user.manage` itself: the page that
// shows the form is no security boundary, and anyone can POST to an action.

function linkHandOver(kind: "invitation" | "password_reset", link: IssuedUserToken): HandOver {
  return { kind, path: link.path, expiresAt: link.expiresAt.toISOString() };
}

const ROLE_WITH_ARTICLE: Record<Role, string> = { reporter: "a reporter", editor: "an editor", admin: "an admin" };

function refreshPeople(userId?: string): void {
  revalidatePath("/newsroom/people");
  if (userId) revalidatePath(`/newsroom/people/${userId}`);
}

/** Adds a person with an invitation link or a generated one-time password, shown once. */
export async function addPersonAction(_previous: AddPersonState | null, formData: FormData): Promise<AddPersonState> {
  const values = {
    name: formText(formData, "name"),
    email: formText(formData, "email"),
    role: formText(formData, "role"),
    method: formText(formData, "method"),
  };
  const auth = await authorizeAction("user.manage", { type: "user", id: null });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await addPerson(await getDb(), values, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, values);
  refreshPeople();
  const person = { id: result.user.id, name: result.user.name, email: result.user.email };
  if (result.method === "invitation") {
    return {
      ok: true,
      message: `${person.name} was added as ${ROLE_WITH_ARTICLE[result.user.role]}. Send them this invitation link.`,
      person,
      handOver: linkHandOver("invitation", result.invitation),
    };
  }
  return {
    ok: true,
    message: `${person.name} was added as ${ROLE_WITH_ARTICLE[result.user.role]}. Give them this one-time password.`,
    person,
    handOver: { kind: "password", password: result.oneTimePassword },
  };
}

export async function changeRoleAction(_previous: UserChangeState | null, formData: FormData): Promise<UserChangeState> {
  const userId = formText(formData, "userId");
  const role = formText(formData, "role");
  const auth = await authorizeAction("user.manage", { type: "user", id: userId ?? null });
  if (!auth.ok) return withValues(failure(auth.error), { role });

  const result = await setUserRole(await getDb(), { userId, role }, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, { role });
  refreshPeople(result.user.id);
  return {
    ok: true,
    message: result.changed
      ? `${result.user.name} is now ${ROLE_WITH_ARTICLE[result.to]}. It applies on their next request.`
      : `${result.user.name} already was ${ROLE_WITH_ARTICLE[result.to]}; nothing changed.`,
  };
}

export async function deactivateUserAction(_previous: UserChangeState | null, formData: FormData): Promise<UserChangeState> {
  const userId = formText(formData, "userId");
  const auth = await authorizeAction("user.manage", { type: "user", id: userId ?? null });
  if (!auth.ok) return failure(auth.error);

  const result = await deactivateUser(await getDb(), { userId }, { actorId: auth.user.id });
  if (!result.ok) return result;
  refreshPeople(result.user.id);
  return {
    ok: true,
    message: result.changed
      ? `${result.user.name} is deactivated: they are signed out on their next request and cannot sign in.`
      : `${result.user.name} was already deactivated.`,
  };
}

export async function reactivateUserAction(_previous: UserChangeState | null, formData: FormData): Promise<UserChangeState> {
  const userId = formText(formData, "userId");
  const auth = await authorizeAction("user.manage", { type: "user", id: userId ?? null });
  if (!auth.ok) return failure(auth.error);

  const result = await reactivateUser(await getDb(), { userId }, { actorId: auth.user.id });
  if (!result.ok) return result;
  refreshPeople(result.user.id);
  return {
    ok: true,
    message: result.changed ? `${result.user.name} is active again and can sign in.` : `${result.user.name} was already active.`,
  };
}

/** A reset link (or a fresh invitation for someone still invited), or a new one-time password. */
export async function resetPasswordAction(_previous: ResetPasswordState | null, formData: FormData): Promise<ResetPasswordState> {
  const userId = formText(formData, "userId");
  const method = formText(formData, "method");
  const auth = await authorizeAction("user.manage", { type: "user", id: userId ?? null });
  if (!auth.ok) return withValues(failure(auth.error), { method });

  const result = await resetUserPassword(await getDb(), { userId, method }, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, { method });
  refreshPeople(result.user.id);
  if (result.method === "password") {
    return {
      ok: true,
      message: `${result.user.name}'s password was replaced. Give them this one-time password; their old one no longer works.`,
      handOver: { kind: "password", password: result.oneTimePassword },
    };
  }
  return {
    ok: true,
    message:
      result.kind === "invitation"
        ? `A new invitation link for ${result.user.name}; any earlier one no longer works.`
        : `A password reset link for ${result.user.name}. Their current password works until they use it.`,
    handOver: linkHandOver(result.kind, result.link),
  };
}
