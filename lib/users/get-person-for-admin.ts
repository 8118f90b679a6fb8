import type { Executor } from "@/db/client";
import { selectPendingUserTokens, type UserTokenKind } from "@/db/queries/user-tokens";
import { selectUserForAdmin, type UserListRow } from "@/db/queries/users";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";
import { userIdSchema } from "./user-schemas";

export type PendingLink = { kind: UserTokenKind; expiresAt: Date; expired: boolean };
export type PersonForAdmin = UserListRow & { pendingLinks: PendingLink[] };

/** One person as the people pages show them; null for someone who may not manage people, or nobody. */
export async function getPersonForAdmin(
  db: Executor,
  viewer: PermissionSubject | null,
  id: string,
  now: Date = new Date(),
): Promise<PersonForAdmin | null> {
  if (!userCan(viewer, "user.manage") || !userIdSchema.safeParse(id).success) return null;
  const person = await selectUserForAdmin(db, { id });
  if (!person) return null;
  const links = await selectPendingUserTokens(db, { userId: id });
  return {
    ...person,
    pendingLinks: links.map((link) => ({ kind: link.kind, expiresAt: link.expiresAt, expired: link.expiresAt <= now })),
  };
}
