import { and, desc, eq, gt } from "drizzle-orm";
import type { Executor } from "../client";
import { signinAttempts } from "../schema";

export async function insertSigninAttempt(
  db: Executor,
  params: { email: string; ip: string; succeeded: boolean; createdAt: Date },
): Promise<void> {
  await db.insert(signinAttempts).values(params);
}

/**
 * When the failed attempts for one account (by email) or one IP address were
 * made after `since`, newest first, at most `limit` of them: enough for the
 * rate limit to count them and to tell when the oldest counted one expires.
 */
export async function selectRecentFailedAttemptTimes(
  db: Executor,
  params: { by: "email" | "ip"; value: string; since: Date; limit: number },
): Promise<Date[]> {
  const column = params.by === "email" ? signinAttempts.email : signinAttempts.ip;
  const rows = await db
    .select({ createdAt: signinAttempts.createdAt })
    .from(signinAttempts)
    .where(and(eq(column, params.value), eq(signinAttempts.succeeded, false), gt(signinAttempts.createdAt, params.since)))
    .orderBy(desc(signinAttempts.createdAt))
    .limit(params.limit);
  return rows.map((row) => row.createdAt);
}
