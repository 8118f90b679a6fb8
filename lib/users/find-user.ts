import type { Executor } from "@/db/client";
import { selectUserByEmail, selectUserById, type UserRow } from "@/db/queries/users";
import { unknownEmailFailure, unknownUserFailure, type UserFailure } from "./user-schemas";

/** The command line names people by email; the admin pages by id. */
export type UserLocator = { userId: string } | { email: string };

export function findUser(db: Executor, locator: UserLocator): Promise<UserRow | null> {
  return "userId" in locator ? selectUserById(db, { id: locator.userId }) : selectUserByEmail(db, { email: locator.email });
}

export function userNotFound(locator: UserLocator): UserFailure {
  return "userId" in locator ? unknownUserFailure() : unknownEmailFailure(locator.email);
}

/** Whether untrusted input names a person by id (the admin pages) rather than by email. */
export function namesUserById(input: object): boolean {
  return "userId" in input;
}
