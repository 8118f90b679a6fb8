import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectActiveAdminIdsForUpdate, updateUserActive } from "@/db/queries/users";
import { findUser, namesUserById, userNotFound, type UserLocator } from "./find-user";
import {
  lastAdminFailure,
  userEmailSchema,
  userIdInputSchema,
  validationFailure,
  type ChangeActor,
  type Untrusted,
  type UserEmailInput,
  type UserFailure,
  type UserIdInput,
} from "./user-schemas";

export type SetUserActiveResult =
  | { ok: true; user: { id: string; email: string; name: string }; active: boolean; changed: boolean }
  | UserFailure;

async function setUserActive(
  db: Executor,
  input: Untrusted<UserEmailInput> | Untrusted<UserIdInput>,
  active: boolean,
  actor: ChangeActor,
): Promise<SetUserActiveResult> {
  const parsed = namesUserById(input) ? userIdInputSchema.safeParse(input) : userEmailSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const locator: UserLocator = "userId" in parsed.data ? { userId: parsed.data.userId } : { email: parsed.data.email };

  return db.transaction(async (tx): Promise<SetUserActiveResult> => {
    const user = await findUser(tx, locator);
    if (!user) return userNotFound(locator);
    const summary = { id: user.id, email: user.email, name: user.name };
    if (user.active === active) return { ok: true, user: summary, active, changed: false };
    // Signing oneself out for good is never what an admin means to do.
    if (!active && user.id === actor.actorId) {
      return { ok: false, error: "You cannot deactivate your own account. Ask another admin to do it.", fieldErrors: {} };
    }

    if (!active && user.role === "admin") {
      const admins = await selectActiveAdminIdsForUpdate(tx);
      if (admins.length <= 1) return lastAdminFailure(user.name, "deactivated");
    }
    await updateUserActive(tx, { id: user.id, active });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: active ? "user.reactivated" : "user.deactivated",
      targetType: "user",
      targetId: user.id,
      fromValue: active ? "inactive" : "active",
      toValue: active ? "active" : "inactive",
      note: actor.note ?? "",
    });
    return { ok: true, user: summary, active, changed: true };
  });
}

/**
 * Stops a person from signing in and, because every request re-reads the
 * account, ends the sessions they already have. Their stories and audit
 * history stay: people are deactivated, never deleted.
 */
export function deactivateUser(db: Executor, input: Untrusted<UserEmailInput> | Untrusted<UserIdInput>, actor: ChangeActor = { actorId: null }) {
  return setUserActive(db, input, false, actor);
}

export function reactivateUser(db: Executor, input: Untrusted<UserEmailInput> | Untrusted<UserIdInput>, actor: ChangeActor = { actorId: null }) {
  return setUserActive(db, input, true, actor);
}
