import { randomBytes } from "node:crypto";
import { z } from "zod";
import { storableText } from "@/lib/forms/storable-text";
import type { Executor } from "@/db/client";
import { insertSigninAttempt } from "@/db/queries/signin-attempts";
import { selectUserByEmail } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "./password";
import { checkSignInRateLimit, rateLimitMessage } from "./rate-limit";

// One message for an unknown email and a wrong password, so the form does not
// reveal who has an account.
export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";
// Shown only after the right password, so it tells a stranger nothing.
export const DEACTIVATED_MESSAGE = "This account is deactivated. Ask an administrator to reactivate it.";
export const MISSING_CREDENTIALS_MESSAGE = "Enter your email address and password.";

const credentialsSchema = z.object({
  email: storableText(z.string().trim().toLowerCase().min(1).max(320)),
  // Long enough for any passphrase, short enough that hashing it is cheap.
  password: z.string().min(1).max(1024),
});

export type AuthorizedUser = { id: string; name: string; email: string };

export type AuthorizeResult =
  | { ok: true; user: AuthorizedUser }
  | { ok: false; reason: "missing" | "invalid" | "rate-limited" | "deactivated"; error: string };

// Verifying against a throwaway hash when the email is unknown makes that
// answer take as long as a wrong password.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString("base64"));
  return dummyHash;
}

/**
 * The whole sign-in decision, without HTTP: every attempt is recorded, and the
 * rate limit is checked before the password so a locked account cannot be
 * probed. `ip` comes from clientIpFromHeaders.
 */
export async function authorizeCredentials(
  db: Executor,
  input: { email: unknown; password: unknown; ip: string; now?: Date },
): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "missing", error: MISSING_CREDENTIALS_MESSAGE };
  const { email, password } = parsed.data;
  const now = input.now ?? new Date();
  const record = (succeeded: boolean) => insertSigninAttempt(db, { email, ip: input.ip, succeeded, createdAt: now });

  const limit = await checkSignInRateLimit(db, { email, ip: input.ip, now });
  if (limit.limited) {
    await record(false);
    return { ok: false, reason: "rate-limited", error: rateLimitMessage(limit.retryAfterMs) };
  }

  const user = await selectUserByEmail(db, { email });
  const passwordMatches = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await getDummyHash(), password)) && false;
  if (!user || !passwordMatches) {
    await record(false);
    return { ok: false, reason: "invalid", error: INVALID_CREDENTIALS_MESSAGE };
  }
  if (!user.active) {
    await record(false);
    return { ok: false, reason: "deactivated", error: DEACTIVATED_MESSAGE };
  }

  await record(true);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
