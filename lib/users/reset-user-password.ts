import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { deleteUnusedUserTokens } from "@/db/queries/user-tokens";
import { selectUserById, updateUserPassword } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { generateOneTimePassword } from "./generate-password";
import { issueUserToken, type IssuedUserToken } from "./user-tokens";
import {
  passwordResetSchema,
  unknownUserFailure,
  validationFailure,
  type ChangeActor,
  type PasswordResetInput,
  type Untrusted,
  type UserFailure,
} from "./user-schemas";

type Person = { id: string; email: string; name: string };

export type ResetUserPasswordResult =
  | { ok: true; user: Person; method: "link"; link: IssuedUserToken; kind: "invitation" | "password_reset" }
  | { ok: true; user: Person; method: "password"; oneTimePassword: string }
  | UserFailure;

/**
 * An admin's reset of someone's password: a link with which they choose a new
 * one (the old password keeps working until then), or a generated one-time
 * password that replaces the old one at once. Someone still invited gets a
 * fresh invitation instead of a reset link.
 */
export async function resetUserPassword(
  db: Executor,
  input: Untrusted<PasswordResetInput>,
  actor: ChangeActor,
): Promise<ResetUserPasswordResult> {
  const parsed = passwordResetSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { userId, method } = parsed.data;
  // Hashing is slow; do it before the transaction takes any lock.
  const oneTimePassword = method === "password" ? generateOneTimePassword() : null;
  const passwordHash = oneTimePassword ? await hashPassword(oneTimePassword) : null;

  return db.transaction(async (tx): Promise<ResetUserPasswordResult> => {
    const user = await selectUserById(tx, { id: userId });
    if (!user) return unknownUserFailure();
    const person = { id: user.id, email: user.email, name: user.name };
    if (!user.active) {
      return { ok: false, error: `${user.name}'s account is deactivated. Reactivate it before resetting the password.`, fieldErrors: {} };
    }

    if (oneTimePassword && passwordHash) {
      await updateUserPassword(tx, { id: user.id, passwordHash });
      // Any link still out there would let someone replace the new password.
      await deleteUnusedUserTokens(tx, { userId: user.id, kind: "password_reset" });
      await deleteUnusedUserTokens(tx, { userId: user.id, kind: "invitation" });
      await insertAuditEntry(tx, {
        actorId: actor.actorId,
        action: "user.password_reset",
        targetType: "user",
        targetId: user.id,
        note: actor.note ?? "",
        details: { method: "one-time password" },
      });
      return { ok: true, user: person, method: "password", oneTimePassword };
    }

    const kind = user.passwordHash === null ? "invitation" : "password_reset";
    const link = await issueUserToken(tx, { userId: user.id, kind });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: kind === "invitation" ? "user.invited" : "user.password_reset",
      targetType: "user",
      targetId: user.id,
      note: actor.note ?? "",
      details: { method: "link", expiresAt: link.expiresAt.toISOString(), ...(kind === "invitation" ? { reissued: true } : {}) },
    });
    return { ok: true, user: person, method: "link", link, kind };
  });
}
