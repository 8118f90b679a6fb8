import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectActiveAdminIdsForUpdate, updateUserRole } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { findUser, namesUserById, userNotFound, type UserLocator } from "./find-user";
import {
  lastAdminFailure,
  setUserRoleByIdSchema,
  setUserRoleSchema,
  validationFailure,
  type ChangeActor,
  type SetUserRoleByIdInput,
  type SetUserRoleInput,
  type Untrusted,
  type UserFailure,
} from "./user-schemas";

export type SetUserRoleResult =
  | { ok: true; user: { id: string; email: string; name: string }; from: Role; to: Role; changed: boolean }
  | UserFailure;

/**
 * Changes a person's role; it applies on their next request, since the role is
 * read from the database each time. Refuses to leave the newsroom without an
 * active admin.
 */
export async function setUserRole(
  db: Executor,
  input: Untrusted<SetUserRoleInput> | Untrusted<SetUserRoleByIdInput>,
  actor: ChangeActor = { actorId: null },
): Promise<SetUserRoleResult> {
  const parsed = namesUserById(input) ? setUserRoleByIdSchema.safeParse(input) : setUserRoleSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { role, ...rest } = parsed.data;
  const locator: UserLocator = "userId" in rest ? { userId: rest.userId } : { email: rest.email };

  return db.transaction(async (tx): Promise<SetUserRoleResult> => {
    const user = await findUser(tx, locator);
    if (!user) return userNotFound(locator);
    const summary = { id: user.id, email: user.email, name: user.name };
    if (user.role === role) return { ok: true, user: summary, from: role, to: role, changed: false };

    if (user.role === "admin" && user.active) {
      const admins = await selectActiveAdminIdsForUpdate(tx);
      if (admins.length <= 1) return lastAdminFailure(user.name, `made ${role === "editor" ? "an editor" : "a reporter"}`);
    }
    await updateUserRole(tx, { id: user.id, role });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: "user.role_changed",
      targetType: "user",
      targetId: user.id,
      fromValue: user.role,
      toValue: role,
      note: actor.note ?? "",
    });
    return { ok: true, user: summary, from: user.role, to: role, changed: true };
  });
}
