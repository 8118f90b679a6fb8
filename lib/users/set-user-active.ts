import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectActiveAdminIdsForUpdate, selectUserByEmail, updateUserActive } from "@/db/queries/users";
import {
  lastAdminFailure,
  unknownEmailFailure,
  userEmailSchema,
  validationFailure,
  type ChangeActor,
  type Untrusted,
  type UserEmailInput,
  type UserFailure,
} from "./user-schemas";

export type SetUserActiveResult =
  | { ok: true; user: { id: string; email: string; name: string }; active: boolean; changed: boolean }
  | UserFailure;

async function setUserActive(
  db: Executor,
  input: Untrusted<UserEmailInput>,
  active: boolean,
  actor: ChangeActor,
): Promise<SetUserActiveResult> {
  const parsed = userEmailSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email } = parsed.data;

  return db.transaction(async (tx): Promise<SetUserActiveResult> => {
    const user = await selectUserByEmail(tx, { email });
    if (!user) return unknownEmailFailure(email);
    const summary = { id: user.id, email: user.email, name: user.name };
    if (user.active === active) return { ok: true, user: summary, active, changed: false };

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
export function deactivateUser(db: Executor, input: Untrusted<UserEmailInput>, actor: ChangeActor = { actorId: null }) {
  return setUserActive(db, input, false, actor);
}

export function reactivateUser(db: Executor, input: Untrusted<UserEmailInput>, actor: ChangeActor = { actorId: null }) {
  return setUserActive(db, input, true, actor);
}
