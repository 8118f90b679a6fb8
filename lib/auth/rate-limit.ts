import type { Executor } from "@/db/client";
import { selectRecentFailedAttemptTimes } from "@/db/queries/signin-attempts";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts, per account and per IP address, that close sign-in until the oldest leaves the window. */
export const MAX_FAILED_SIGN_INS = 5;

export type SignInRateLimit = { limited: false } | { limited: true; retryAfterMs: number };

async function retryAfterFor(db: Executor, by: "email" | "ip", value: string, now: Date): Promise<number> {
  const failures = await selectRecentFailedAttemptTimes(db, {
    by,
    value,
    since: new Date(now.getTime() - SIGN_IN_WINDOW_MS),
    limit: MAX_FAILED_SIGN_INS,
  });
  if (failures.length < MAX_FAILED_SIGN_INS) return 0;
  // The refused attempt is recorded as a failure too (so hammering keeps the
  // door shut), which makes it the newest of the MAX that count. Sign-in opens
  // when the oldest of those leaves the window: the (MAX-1)th newest failure so far.
  const oldestCounted = failures[MAX_FAILED_SIGN_INS - 2] as Date;
  return Math.max(oldestCounted.getTime() + SIGN_IN_WINDOW_MS - now.getTime(), 1);
}

/**
 * Whether sign-in is closed for this account or this address, and for how
 * long, counting this attempt, which the caller records as a failure.
 */
export async function checkSignInRateLimit(
  db: Executor,
  params: { email: string; ip: string; now: Date },
): Promise<SignInRateLimit> {
  const [byEmail, byIp] = await Promise.all([
    retryAfterFor(db, "email", params.email, params.now),
    retryAfterFor(db, "ip", params.ip, params.now),
  ]);
  const retryAfterMs = Math.max(byEmail, byIp);
  return retryAfterMs > 0 ? { limited: true, retryAfterMs } : { limited: false };
}

export function rateLimitMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
