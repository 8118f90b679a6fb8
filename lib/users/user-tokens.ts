import { createHash, randomBytes } from "node:crypto";
import type { Executor } from "@/db/client";
import { deleteUnusedUserTokens, insertUserToken, type UserTokenKind } from "@/db/queries/user-tokens";

/** How long a link works. */
export const TOKEN_LIFETIME_MS: Record<UserTokenKind, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 24 * 60 * 60 * 1000,
};

/** Where each kind of link leads; the pages live in app/(account)/. */
export const TOKEN_PATHS: Record<UserTokenKind, string> = {
  invitation: "/invite",
  password_reset: "/reset-password",
};

const TOKEN_BYTES = 32;
// base64url of 32 bytes: 43 characters of [A-Za-z0-9_-].
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only this hash is stored: someone who reads the database cannot use a link. */
export function hashUserToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedUserToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function userTokenPath(kind: UserTokenKind, token: string): string {
  return `${TOKEN_PATHS[kind]}/${token}`;
}

export type IssuedUserToken = { token: string; path: string; expiresAt: Date };

/**
 * A new link for a person, replacing any unused one of the same kind. The
 * token itself is returned once, to be shown to the admin; it is never stored.
 */
export async function issueUserToken(
  db: Executor,
  params: { userId: string; kind: UserTokenKind; now?: Date },
): Promise<IssuedUserToken> {
  const now = params.now ?? new Date();
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[params.kind]);
  await deleteUnusedUserTokens(db, { userId: params.userId, kind: params.kind });
  await insertUserToken(db, { userId: params.userId, kind: params.kind, tokenHash: hashUserToken(token), expiresAt });
  return { token, path: userTokenPath(params.kind, token), expiresAt };
}
