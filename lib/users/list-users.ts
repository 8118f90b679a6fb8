import type { Executor } from "@/db/client";
import { selectUsersForAdmin, type UserListRow } from "@/db/queries/users";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";

/** Everyone with an account, for people who manage users; nobody else gets the list. */
export function listUsers(db: Executor, viewer: PermissionSubject | null): Promise<UserListRow[]> {
  if (!userCan(viewer, "user.manage")) return Promise.resolve([]);
  return selectUsersForAdmin(db);
}
