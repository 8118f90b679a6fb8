import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signinAttempts } from "@/db/schema";
import {
  DEACTIVATED_MESSAGE,
  INVALID_CREDENTIALS_MESSAGE,
  MISSING_CREDENTIALS_MESSAGE,
  authorizeCredentials,
} from "@/lib/auth/authorize-credentials";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser } from "../support/factories";

const PASSWORD = "correct horse battery";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.close();
});

function uniqueEmail(): string {
  return `person.${randomBytes(4).toString("hex")}@example.org`;
}

// Each test signs in from its own address, so the per-IP limit of one test does not leak into another.
function uniqueIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

async function signIn(email: string, password: string, ip: string, now?: Date) {
  return authorizeCredentials(testDb.db, { email, password, ip, now });
}

describe("authorizeCredentials", () => {
  it("signs in with the right password, ignoring the email's case, and records the attempt", async () => {
    const email = uniqueEmail();
    const user = await createUser(testDb.db, { email, password: PASSWORD });
    const ip = uniqueIp();

    const result = await signIn(`  ${email.toUpperCase()} `, PASSWORD, ip);

    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, email } });
    const rows = await testDb.db.select().from(signinAttempts).where(eq(signinAttempts.ip, ip));
    expect(rows).toMatchObject([{ email, ip, succeeded: true }]);
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const email = uniqueEmail();
    await createUser(testDb.db, { email, password: PASSWORD });

    const wrongPassword = await signIn(email, "not the password", uniqueIp());
    const unknownEmail = await signIn(uniqueEmail(), PASSWORD, uniqueIp());

    expect(wrongPassword).toEqual({ ok: false, reason: "invalid", error: INVALID_CREDENTIALS_MESSAGE });
    expect(unknownEmail).toEqual({ ok: false, reason: "invalid", error: INVALID_CREDENTIALS_MESSAGE });
    expect(INVALID_CREDENTIALS_MESSAGE).toBe("Email or password is incorrect.");
  });

  it("refuses an invited person who has no password yet", async () => {
    const email = uniqueEmail();
    await createUser(testDb.db, { email, passwordHash: null });
    expect(await signIn(email, PASSWORD, uniqueIp())).toMatchObject({ ok: false, error: INVALID_CREDENTIALS_MESSAGE });
  });

  it("asks for both fields when one is missing", async () => {
    expect(await authorizeCredentials(testDb.db, { email: "", password: PASSWORD, ip: uniqueIp() })).toEqual({
      ok: false,
      reason: "missing",
      error: MISSING_CREDENTIALS_MESSAGE,
    });
    expect(await authorizeCredentials(testDb.db, { email: uniqueEmail(), password: undefined, ip: uniqueIp() })).toMatchObject({
      ok: false,
      reason: "missing",
    });
  });

  it("refuses a deactivated account, and only says so to someone who knows the password", async () => {
    const email = uniqueEmail();
    await createUser(testDb.db, { email, password: PASSWORD, active: false });

    expect(await signIn(email, "not the password", uniqueIp())).toMatchObject({ error: INVALID_CREDENTIALS_MESSAGE });
    expect(await signIn(email, PASSWORD, uniqueIp())).toEqual({ ok: false, reason: "deactivated", error: DEACTIVATED_MESSAGE });
  });

  it("refuses the 6th attempt on an account after 5 failures, even with the right password, from any address", async () => {
    const email = uniqueEmail();
    await createUser(testDb.db, { email, password: PASSWORD });
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signIn(email, `wrong password ${attempt}`, uniqueIp())).toMatchObject({ reason: "invalid" });
    }

    const sixth = await signIn(email, PASSWORD, uniqueIp());

    expect(sixth).toEqual({
      ok: false,
      reason: "rate-limited",
      error: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
  });

  it("limits one address trying many accounts", async () => {
    const ip = uniqueIp();
    const email = uniqueEmail();
    await createUser(testDb.db, { email, password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(uniqueEmail(), "guessing", ip);
    }

    expect(await signIn(email, PASSWORD, ip)).toMatchObject({ ok: false, reason: "rate-limited" });
    // The same account from another address is not affected by that address's failures.
    expect(await signIn(email, PASSWORD, uniqueIp())).toMatchObject({ ok: true });
  });

  async function accountWithFailures(minutesAgo: readonly number[], now: Date) {
    const email = uniqueEmail();
    await createUser(testDb.db, { email, password: PASSWORD });
    await testDb.db.insert(signinAttempts).values(
      minutesAgo.map((minutes) => ({
        email,
        ip: uniqueIp(),
        succeeded: false,
        createdAt: new Date(now.getTime() - minutes * 60_000),
      })),
    );
    return email;
  }

  it("forgets failures older than the window", async () => {
    const now = new Date();
    // Five failures, but the oldest is just outside the 15-minute window.
    const email = await accountWithFailures([16, 12, 11, 10, 9], now);
    expect(await signIn(email, PASSWORD, uniqueIp(), now)).toMatchObject({ ok: true });
  });

  it("says how many minutes to wait, and waiting that long is enough", async () => {
    const now = new Date();
    const email = await accountWithFailures([12, 11, 10, 9, 1], now);

    // The refused attempt counts as a failure too, so sign-in opens when the
    // oldest of the five newest (11 minutes ago) leaves the window.
    expect(await signIn(email, PASSWORD, uniqueIp(), now)).toEqual({
      ok: false,
      reason: "rate-limited",
      error: "Too many failed sign-in attempts. Try again in 4 minutes.",
    });

    const waited = new Date(now.getTime() + 4 * 60_000 + 1_000);
    expect(await signIn(email, PASSWORD, uniqueIp(), waited)).toMatchObject({ ok: true });
  });

  it("keeps the account closed while someone keeps trying", async () => {
    const now = new Date();
    const email = await accountWithFailures([12, 11, 10, 9, 1], now);
    const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

    expect(await signIn(email, PASSWORD, uniqueIp(), now)).toMatchObject({ reason: "rate-limited" });
    expect(await signIn(email, PASSWORD, uniqueIp(), minutesLater(3))).toMatchObject({ reason: "rate-limited" });
    // Four minutes after the first refusal would have been enough, but the
    // second refusal moved the opening to when the failure of 10 minutes ago expires.
    expect(await signIn(email, PASSWORD, uniqueIp(), minutesLater(4.1))).toMatchObject({ reason: "rate-limited" });
    expect(await signIn(email, PASSWORD, uniqueIp(), minutesLater(14))).toMatchObject({ ok: true });
  });

  it("records refused attempts too", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await createUser(testDb.db, { email, password: PASSWORD });
    for (let attempt = 0; attempt < 6; attempt++) await signIn(email, "wrong", ip);

    const rows = await testDb.db
      .select()
      .from(signinAttempts)
      .where(and(eq(signinAttempts.email, email), eq(signinAttempts.succeeded, false)));
    expect(rows).toHaveLength(6);
  });
});

describe("clientIpFromHeaders", () => {
  it("takes the last X-Forwarded-For entry, the one our proxy appended", () => {
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIpFromHeaders({ "x-forwarded-for": "1.2.3.4 , 5.6.7.8 " })).toBe("5.6.7.8");
  });

  it("falls back to a fixed value when there is no header", () => {
    expect(clientIpFromHeaders({})).toBe("unknown");
    expect(clientIpFromHeaders(undefined)).toBe("unknown");
  });
});
