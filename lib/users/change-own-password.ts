import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { deleteUnusedUserTokens } from "@/db/queries/user-tokens";
import { selectUserById, updateUserPassword } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changeOwnPasswordSchema, validationFailure, type ChangeOwnPasswordInput, type Untrusted, type UserFailure } from "./user-schemas";

export type ChangeOwnPasswordResult = { ok: true } | UserFailure;

export const WRONG_CURRENT_PASSWORD = "Your current password is not correct.";

/** A signed-in person replaces their password; the current one is required. */
export async function changeOwnPassword(
  db: Executor,
  userId: string,
  input: Untrusted<ChangeOwnPasswordInput>,
): Promise<ChangeOwnPasswordResult> {
  const parsed = changeOwnPasswordSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { currentPassword, newPassword } = parsed.data;

  const user = await selectUserById(db, { id: userId });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, error: WRONG_CURRENT_PASSWORD, fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } };
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await updateUserPassword(tx, { id: userId, passwordHash });
    await deleteUnusedUserTokens(tx, { userId, kind: "password_reset" });
    await insertAuditEntry(tx, { actorId: userId, action: "user.password_changed", targetType: "user", targetId: userId });
  });
  return { ok: true };
}
