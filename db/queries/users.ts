import { and, asc, eq, isNotNull, like, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { media, signinAttempts, users, type Role } from "../schema";

export type UserRow = typeof users.$inferSelect;

/** What the access layer needs to decide, read fresh on every request. */
export type AccessUserRow = Pick<UserRow, "id" | "name" | "email" | "role" | "active" | "slug">;

const accessColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  slug: users.slug,
};

// Emails are unique ignoring case (users_email_lower_key), so lookups compare lower().
function emailEquals(email: string) {
  return eq(sql`lower(${users.email})`, email.toLowerCase());
}

export async function selectAccessUserById(db: Executor, params: { id: string }): Promise<AccessUserRow | null> {
  const [row] = await db.select(accessColumns).from(users).where(eq(users.id, params.id)).limit(1);
  return row ?? null;
}

export async function selectUserById(db: Executor, params: { id: string }): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, params.id)).limit(1);
  return row ?? null;
}

export async function selectUserByEmail(db: Executor, params: { email: string }): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(emailEquals(params.email)).limit(1);
  return row ?? null;
}

/** Slugs equal to `base` or of the form `base-<anything>`, to pick a free one. */
export async function selectUserSlugsLike(db: Executor, params: { base: string }): Promise<string[]> {
  const escaped = params.base.replace(/[\\%_]/g, (character) => `\\${character}`);
  const rows = await db
    .select({ slug: users.slug })
    .from(users)
    .where(or(eq(users.slug, params.base), like(users.slug, `${escaped}-%`)));
  return rows.map((row) => row.slug);
}

export async function insertUser(
  db: Executor,
  // A null hash is an invited person who has not chosen a password yet: nobody can sign in as them.
  params: { email: string; name: string; role: Role; passwordHash: string | null; slug: string },
): Promise<UserRow> {
  const [row] = await db.insert(users).values(params).returning();
  if (!row) throw new Error("insertUser returned no row");
  return row;
}

export async function updateUserRole(db: Executor, params: { id: string; role: Role }): Promise<void> {
  await db.update(users).set({ role: params.role, updatedAt: new Date() }).where(eq(users.id, params.id));
}

export async function updateUserActive(db: Executor, params: { id: string; active: boolean }): Promise<void> {
  await db.update(users).set({ active: params.active, updatedAt: new Date() }).where(eq(users.id, params.id));
}

export async function updateUserPassword(db: Executor, params: { id: string; passwordHash: string }): Promise<void> {
  await db.update(users).set({ passwordHash: params.passwordHash, updatedAt: new Date() }).where(eq(users.id, params.id));
}

/** The fields a person edits on their own profile; `photoMediaId` is left alone when undefined. */
export async function updateUserProfile(
  db: Executor,
  params: { id: string; name: string; bio: string; photoMediaId?: string | null },
): Promise<void> {
  await db
    .update(users)
    .set({
      name: params.name,
      bio: params.bio,
      ...(params.photoMediaId !== undefined ? { photoMediaId: params.photoMediaId } : {}),
      updatedAt: new Date(),
    })
    .where(eq(users.id, params.id));
}

/**
 * Ids of the active admins, locked until the transaction ends, so two people
 * demoting the last two admins at once cannot both succeed.
 */
export async function selectActiveAdminIdsForUpdate(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .for("update");
  return rows.map((row) => row.id);
}

export type UserListRow = Pick<UserRow, "id" | "name" | "email" | "role" | "active" | "createdAt"> & {
  /** False for an invited person who has not chosen a password yet. */
  hasPassword: boolean;
  /** The last successful sign-in, from signin_attempts (which stores emails lowercased). */
  lastSignInAt: Date | null;
};

// A correlated subquery, served by signin_attempts_email_idx (email, created_at).
// The outer table is named explicitly: drizzle writes a bare column name here,
// which inside the subquery would mean signin_attempts.email.
const lastSignInAt = sql<Date | null>`(
  select max(attempt.created_at) from ${signinAttempts} as attempt
  where attempt.email = lower(${users}.email) and attempt.succeeded
)`.mapWith(signinAttempts.createdAt);

const adminColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
  hasPassword: isNotNull(users.passwordHash).mapWith(Boolean),
  lastSignInAt,
};

export function selectUsersForAdmin(db: Executor): Promise<UserListRow[]> {
  return db.select(adminColumns).from(users).orderBy(asc(users.name), asc(users.id));
}

export async function selectUserForAdmin(db: Executor, params: { id: string }): Promise<UserListRow | null> {
  const [row] = await db.select(adminColumns).from(users).where(eq(users.id, params.id)).limit(1);
  return row ?? null;
}

export type UserProfileRow = Pick<UserRow, "id" | "name" | "email" | "role" | "bio" | "slug"> & {
  photo: Pick<typeof media.$inferSelect, "id" | "storageKey" | "variants" | "width" | "height" | "altText"> | null;
};

export async function selectUserProfile(db: Executor, params: { id: string }): Promise<UserProfileRow | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      bio: users.bio,
      slug: users.slug,
      photoId: media.id,
      storageKey: media.storageKey,
      variants: media.variants,
      width: media.width,
      height: media.height,
      altText: media.altText,
    })
    .from(users)
    .leftJoin(media, eq(media.id, users.photoMediaId))
    .where(eq(users.id, params.id))
    .limit(1);
  if (!row) return null;
  const { photoId, storageKey, variants, width, height, altText, ...user } = row;
  const photo =
    photoId && storageKey && variants && width !== null && height !== null
      ? { id: photoId, storageKey, variants, width, height, altText: altText ?? "" }
      : null;
  return { ...user, photo };
}
