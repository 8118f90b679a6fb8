import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { insertNewUser, type CreatedUser } from "./create-user";
import { issueUserToken, type IssuedUserToken } from "./user-tokens";
import { inviteUserSchema, validationFailure, type ChangeActor, type InviteUserInput, type Untrusted, type UserFailure } from "./user-schemas";

export type InviteUserResult = { ok: true; user: CreatedUser; invitation: IssuedUserToken } | UserFailure;

/**
 * Creates a person without a password and an invitation link (valid seven
 * days) with which they choose one. Until then nobody can sign in as them.
 */
export async function inviteUser(
  db: Executor,
  input: Untrusted<InviteUserInput>,
  actor: ChangeActor = { actorId: null },
  now: Date = new Date(),
): Promise<InviteUserResult> {
  const parsed = inviteUserSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email, name, role } = parsed.data;

  const result = await insertNewUser(db, { email, name, role, passwordHash: null }, actor, async (tx, user) => {
    const invitation = await issueUserToken(tx, { userId: user.id, kind: "invitation", now });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: "user.invited",
      targetType: "user",
      targetId: user.id,
      note: actor.note ?? "",
      details: { email, expiresAt: invitation.expiresAt.toISOString() },
    });
    return invitation;
  });
  if (!result.ok) return result;
  const { user, extra: invitation } = result;
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, slug: user.slug }, invitation };
}
