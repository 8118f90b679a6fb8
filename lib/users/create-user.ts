import type { Executor, Transaction } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { insertUser, selectUserByEmail, selectUserSlugsLike, type UserRow } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/slug";
import { isUniqueViolation } from "./unique-violation";
import {
  createUserSchema,
  validationFailure,
  type ChangeActor,
  type CreateUserInput,
  type Untrusted,
  type UserFailure,
} from "./user-schemas";

export type CreatedUser = Pick<UserRow, "id" | "email" | "name" | "role" | "slug">;
export type CreateUserResult = { ok: true; user: CreatedUser } | UserFailure;

// Room for "-<number>" within the 80 characters a slug may have.
const SLUG_BASE_LENGTH = 72;

async function freeUserSlug(db: Executor, name: string): Promise<string> {
  const base = [...(slugify(name) || "person")].slice(0, SLUG_BASE_LENGTH).join("").replace(/-+$/, "");
  const taken = new Set(await selectUserSlugsLike(db, { base }));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function duplicateEmail(email: string): UserFailure {
  const error = `A user with the email ${email} already exists.`;
  return { ok: false, error, fieldErrors: { email: [error] } };
}

export type NewUserRow = { email: string; name: string; role: Role; passwordHash: string | null };

/**
 * Inserts a person with a free profile slug and a `user.created` audit entry,
 * then runs `andThen` in the same transaction (an invitation adds its link
 * there, so a person never exists without one). Refuses a taken email.
 */
export async function insertNewUser<T>(
  db: Executor,
  fields: NewUserRow,
  actor: ChangeActor,
  andThen: (tx: Transaction, user: UserRow) => Promise<T>,
): Promise<{ ok: true; user: UserRow; extra: T } | UserFailure> {
  const { email, name, role } = fields;
  if (await selectUserByEmail(db, { email })) return duplicateEmail(email);

  // A concurrent creation can take the email or the slug between the check and
  // the insert; the unique indexes catch it, and a new slug is chosen.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const user = await insertUser(tx, { ...fields, slug: await freeUserSlug(tx, name) });
        await insertAuditEntry(tx, {
          actorId: actor.actorId,
          action: "user.created",
          targetType: "user",
          targetId: user.id,
          toValue: role,
          note: actor.note ?? "",
          details: { email, method: fields.passwordHash === null ? "invitation" : "password" },
        });
        return { ok: true as const, user, extra: await andThen(tx, user) };
      });
    } catch (error) {
      if (isUniqueViolation(error, "users_email_lower_key")) return duplicateEmail(email);
      if (!isUniqueViolation(error, "users_slug_key")) throw error;
    }
  }
  throw new Error(`Could not find a free profile slug for ${name}.`);
}

/** Creates a person who can sign in at once, with an argon2id password hash and an audit entry. */
export async function createUser(
  db: Executor,
  input: Untrusted<CreateUserInput>,
  actor: ChangeActor = { actorId: null },
): Promise<CreateUserResult> {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email, name, role, password } = parsed.data;

  if (await selectUserByEmail(db, { email })) return duplicateEmail(email);
  const passwordHash = await hashPassword(password);
  const result = await insertNewUser(db, { email, name, role, passwordHash }, actor, async () => undefined);
  if (!result.ok) return result;
  const { user } = result;
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, slug: user.slug } };
}
