import type { Executor } from "@/db/client";
import { createUser, type CreatedUser } from "./create-user";
import { generateOneTimePassword } from "./generate-password";
import { inviteUser } from "./invite-user";
import type { IssuedUserToken } from "./user-tokens";
import { newPersonSchema, validationFailure, type ChangeActor, type NewPersonInput, type Untrusted, type UserFailure } from "./user-schemas";

export type AddPersonResult =
  | { ok: true; user: CreatedUser; method: "invitation"; invitation: IssuedUserToken }
  | { ok: true; user: CreatedUser; method: "password"; oneTimePassword: string }
  | UserFailure;

/**
 * What the admin form does: a new person with either an invitation link or a
 * generated one-time password. Either secret is returned once, to be passed
 * on by the admin; neither is stored in a readable form.
 */
export async function addPerson(db: Executor, input: Untrusted<NewPersonInput>, actor: ChangeActor): Promise<AddPersonResult> {
  const parsed = newPersonSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { method, ...person } = parsed.data;

  if (method === "invitation") {
    const result = await inviteUser(db, person, actor);
    return result.ok ? { ok: true, user: result.user, method, invitation: result.invitation } : result;
  }
  const oneTimePassword = generateOneTimePassword();
  const result = await createUser(db, { ...person, password: oneTimePassword }, actor);
  return result.ok ? { ok: true, user: result.user, method, oneTimePassword } : result;
}
