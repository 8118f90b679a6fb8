import type { Executor } from "@/db/client";
import { selectAccessUserById, type AccessUserRow } from "@/db/queries/users";

/** The signed-in person as the access layer sees them: always active. */
export type CurrentUser = Omit<AccessUserRow, "active"> & { active: true };

export type SessionState =
  | { status: "signed-out" }
  | { status: "deactivated"; userId: string }
  | { status: "active"; user: CurrentUser };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns the user id from a session token into what the person may do now. The
 * role and active flag come from the database on every call, never from the
 * token, so a demotion or deactivation applies on the very next request.
 */
export async function loadSessionState(db: Executor, userId: string | null | undefined): Promise<SessionState> {
  if (!userId || !UUID.test(userId)) return { status: "signed-out" };
  const row = await selectAccessUserById(db, { id: userId });
  // People are deactivated, never deleted; a token naming nobody is just stale.
  if (!row) return { status: "signed-out" };
  if (!row.active) return { status: "deactivated", userId: row.id };
  return { status: "active", user: { ...row, active: true } };
}
