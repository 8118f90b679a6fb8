import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { deleteUnusedUserTokens, markUserTokenUsed, selectUserTokenByHash, type UserTokenKind, type UserTokenRow } from "@/db/queries/user-tokens";
import { selectUserById, updateUserPassword, type UserRow } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { hashUserToken, isWellFormedUserToken } from "./user-tokens";
import { setPasswordWithTokenSchema, validationFailure, type SetPasswordWithTokenInput, type Untrusted, type UserFailure } from "./user-schemas";

export type UserTokenProblem = "unknown" | "expired" | "used" | "deactivated";

export type UserTokenCheck =
  | { ok: true; kind: UserTokenKind; user: { id: string; name: string; email: string }; expiresAt: Date }
  | { ok: false; problem: UserTokenProblem; error: string };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** Words for each way a link can fail; they never say whose link it was. */
export function tokenProblemMessage(problem: UserTokenProblem, expiresAt?: Date): string {
  switch (problem) {
    case "unknown":
      return "This link is not valid. Check that you copied all of it, or ask an administrator for a new one.";
    case "expired":
      return `This link expired${expiresAt ? ` on ${dateFormat.format(expiresAt)} UTC` : ""}. Ask an administrator for a new one.`;
    case "used":
      return "This link has already been used. Sign in with the password you chose, or ask an administrator for a new link.";
    case "deactivated":
      return "This account is deactivated. Ask an administrator to reactivate it.";
  }
}

function problem(kind: UserTokenProblem, expiresAt?: Date): UserTokenCheck {
  return { ok: false, problem: kind, error: tokenProblemMessage(kind, expiresAt) };
}

function judge(row: UserTokenRow | null, user: UserRow | null, kind: UserTokenKind, now: Date): UserTokenCheck {
  // A reset link opened on the invitation page (or the other way round) is as good as unknown.
  if (!row || row.kind !== kind || !user) return problem("unknown");
  if (row.usedAt) return problem("used");
  if (row.expiresAt.getTime() <= now.getTime()) return problem("expired", row.expiresAt);
  if (!user.active) return problem("deactivated");
  return { ok: true, kind: row.kind, user: { id: user.id, name: user.name, email: user.email }, expiresAt: row.expiresAt };
}

async function lookUp(db: Executor, token: string, forUpdate: boolean) {
  if (!isWellFormedUserToken(token)) return { row: null, user: null };
  const row = await selectUserTokenByHash(db, { tokenHash: hashUserToken(token), forUpdate });
  const user = row ? await selectUserById(db, { id: row.userId }) : null;
  return { row, user };
}

/** For the page a link opens: whether it still works, and for whom. */
export async function checkUserToken(db: Executor, params: { token: string; kind: UserTokenKind; now?: Date }): Promise<UserTokenCheck> {
  const { row, user } = await lookUp(db, params.token, false);
  return judge(row, user, params.kind, params.now ?? new Date());
}

export type RedeemUserTokenResult = { ok: true; user: { id: string; name: string; email: string } } | UserFailure;

/**
 * Sets the password of the person a link was made for and uses the link up,
 * in one transaction with the link's row locked: a link works once.
 */
export async function redeemUserToken(
  db: Executor,
  input: Untrusted<SetPasswordWithTokenInput>,
  kind: UserTokenKind,
  now: Date = new Date(),
): Promise<RedeemUserTokenResult> {
  const parsed = setPasswordWithTokenSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { token, newPassword } = parsed.data;
  const passwordHash = await hashPassword(newPassword);

  return db.transaction(async (tx): Promise<RedeemUserTokenResult> => {
    const { row, user } = await lookUp(tx, token, true);
    const check = judge(row, user, kind, now);
    if (!check.ok || !row) return { ok: false, error: check.ok ? tokenProblemMessage("unknown") : check.error, fieldErrors: {} };

    await updateUserPassword(tx, { id: check.user.id, passwordHash });
    await markUserTokenUsed(tx, { id: row.id, usedAt: now });
    // Whatever other link is still out there would overwrite the password just chosen.
    await deleteUnusedUserTokens(tx, { userId: check.user.id, kind: "invitation" });
    await deleteUnusedUserTokens(tx, { userId: check.user.id, kind: "password_reset" });
    await insertAuditEntry(tx, {
      actorId: check.user.id,
      action: kind === "invitation" ? "user.invitation_accepted" : "user.password_reset_completed",
      targetType: "user",
      targetId: check.user.id,
    });
    return { ok: true, user: check.user };
  });
}
