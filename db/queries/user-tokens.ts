import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { userTokens } from "../schema";

export type UserTokenRow = typeof userTokens.$inferSelect;
export type UserTokenKind = UserTokenRow["kind"];

export async function insertUserToken(
  db: Executor,
  params: { userId: string; kind: UserTokenKind; tokenHash: string; expiresAt: Date },
): Promise<UserTokenRow> {
  const [row] = await db.insert(userTokens).values(params).returning();
  if (!row) throw new Error("insertUserToken returned no row");
  return row;
}

/** Removes a person's unused links of one kind, so only the newest one works. */
export async function deleteUnusedUserTokens(db: Executor, params: { userId: string; kind: UserTokenKind }): Promise<void> {
  await db
    .delete(userTokens)
    .where(and(eq(userTokens.userId, params.userId), eq(userTokens.kind, params.kind), isNull(userTokens.usedAt)));
}

export async function selectUserTokenByHash(db: Executor, params: { tokenHash: string; forUpdate?: boolean }): Promise<UserTokenRow | null> {
  const query = db.select().from(userTokens).where(eq(userTokens.tokenHash, params.tokenHash)).limit(1);
  // Locked when redeeming, so two submissions of one link cannot both set a password.
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function markUserTokenUsed(db: Executor, params: { id: string; usedAt: Date }): Promise<void> {
  await db.update(userTokens).set({ usedAt: params.usedAt }).where(eq(userTokens.id, params.id));
}

/** A person's unused links, expired ones included, to show on their admin page. */
export async function selectPendingUserTokens(db: Executor, params: { userId: string }): Promise<UserTokenRow[]> {
  return db
    .select()
    .from(userTokens)
    .where(and(eq(userTokens.userId, params.userId), isNull(userTokens.usedAt)));
}
