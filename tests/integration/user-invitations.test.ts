import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users, userTokens } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { verifyPassword } from "@/lib/auth/password";
import { addPerson } from "@/lib/users/add-person";
import { inviteUser } from "@/lib/users/invite-user";
import { checkUserToken, redeemUserToken } from "@/lib/users/redeem-user-token";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { deactivateUser } from "@/lib/users/set-user-active";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser } from "../support/factories";

let testDb: TestDatabase;
let adminId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  adminId = (await createUser(testDb.db, { role: "admin" })).id;
});
afterAll(async () => {
  await testDb?.close();
});

const DAY = 24 * 60 * 60 * 1000;
let counter = 0;
function email(): string {
  counter += 1;
  return `invitee.${counter}.${Date.now()}@example.org`;
}

function tokenOf(path: string): string {
  return path.split("/").at(-1) ?? "";
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = await testDb.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, userId)).orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

async function signIn(address: string, password: string) {
  return authorizeCredentials(testDb.db, { email: address, password, ip: `10.9.${counter}.1` });
}

describe("invitations", () => {
  it("creates a person with no password and a link stored only as a SHA-256 hash", async () => {
    const result = await inviteUser(testDb.db, { name: "Chenda Ouk", email: email(), role: "reporter" }, { actorId: adminId });
    if (!result.ok) throw new Error(result.error);
    const token = tokenOf(result.invitation.path);
    expect(result.invitation.path).toBe(`/invite/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);

    const [user] = await testDb.db.select().from(users).where(eq(users.id, result.user.id));
    expect(user?.passwordHash).toBeNull();
    const stored = await testDb.db.select().from(userTokens).where(eq(userTokens.userId, result.user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await auditActions(result.user.id)).toEqual(["user.created", "user.invited"]);
    // Nobody signs in as an invited person before they choose a password.
    expect(await signIn(result.user.email, "")).toMatchObject({ ok: false });
  });

  it("lets the invitee choose a password once, then sign in; the link cannot be used again", async () => {
    const address = email();
    const invited = await inviteUser(testDb.db, { name: "Pisey Heng", email: address, role: "editor" }, { actorId: adminId });
    if (!invited.ok) throw new Error(invited.error);
    const token = tokenOf(invited.invitation.path);

    expect(await checkUserToken(testDb.db, { token, kind: "invitation" })).toMatchObject({ ok: true, user: { email: address, name: "Pisey Heng" } });
    // The same token is no reset link.
    expect(await checkUserToken(testDb.db, { token, kind: "password_reset" })).toMatchObject({ ok: false, problem: "unknown" });

    const redeemed = await redeemUserToken(testDb.db, { token, newPassword: "river-boat-lantern", confirmPassword: "river-boat-lantern" }, "invitation");
    expect(redeemed).toMatchObject({ ok: true, user: { email: address } });
    expect(await signIn(address, "river-boat-lantern")).toMatchObject({ ok: true });

    expect(await checkUserToken(testDb.db, { token, kind: "invitation" })).toMatchObject({ ok: false, problem: "used", error: expect.stringContaining("already been used") });
    const again = await redeemUserToken(testDb.db, { token, newPassword: "someone-else-entirely", confirmPassword: "someone-else-entirely" }, "invitation");
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("already been used") });
    expect(await signIn(address, "river-boat-lantern")).toMatchObject({ ok: true });
    expect(await auditActions(invited.user.id)).toEqual(["user.created", "user.invited", "user.invitation_accepted"]);
  });

  it("refuses an expired link, naming when it expired, and changes nothing", async () => {
    const issuedAt = new Date(Date.now() - 8 * DAY);
    const invited = await inviteUser(testDb.db, { name: "Sothea Long", email: email(), role: "reporter" }, { actorId: adminId }, issuedAt);
    if (!invited.ok) throw new Error(invited.error);
    const token = tokenOf(invited.invitation.path);

    const check = await checkUserToken(testDb.db, { token, kind: "invitation" });
    expect(check).toMatchObject({ ok: false, problem: "expired", error: expect.stringMatching(/expired on .+\. Ask an administrator/) });
    const redeemed = await redeemUserToken(testDb.db, { token, newPassword: "too-late-for-this", confirmPassword: "too-late-for-this" }, "invitation");
    expect(redeemed).toMatchObject({ ok: false, error: expect.stringContaining("expired") });
    const [user] = await testDb.db.select().from(users).where(eq(users.id, invited.user.id));
    expect(user?.passwordHash).toBeNull();
    const [token_] = await testDb.db.select().from(userTokens).where(eq(userTokens.userId, invited.user.id));
    expect(token_?.usedAt).toBeNull();
  });

  it("says a made-up or truncated link is not valid", async () => {
    const invited = await inviteUser(testDb.db, { name: "Kosal Chea", email: email(), role: "reporter" }, { actorId: adminId });
    if (!invited.ok) throw new Error(invited.error);
    const token = tokenOf(invited.invitation.path);
    const otherLastCharacter = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [token.slice(0, -1), otherLastCharacter, "", "../../etc/passwd", "x".repeat(43)]) {
      expect(await checkUserToken(testDb.db, { token: wrong, kind: "invitation" })).toMatchObject({ ok: false, problem: "unknown" });
    }
  });

  it("refuses a too-short or mismatched password with field errors, keeping the link usable", async () => {
    const invited = await inviteUser(testDb.db, { name: "Rachana Yim", email: email(), role: "reporter" }, { actorId: adminId });
    if (!invited.ok) throw new Error(invited.error);
    const token = tokenOf(invited.invitation.path);
    expect(await redeemUserToken(testDb.db, { token, newPassword: "short", confirmPassword: "short" }, "invitation")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["Passwords must be at least 10 characters long."] },
    });
    expect(await redeemUserToken(testDb.db, { token, newPassword: "long-enough-one", confirmPassword: "long-enough-two" }, "invitation")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two new passwords differ."] },
    });
    expect(await checkUserToken(testDb.db, { token, kind: "invitation" })).toMatchObject({ ok: true });
  });

  it("refuses the link of a deactivated person", async () => {
    const invited = await inviteUser(testDb.db, { name: "Bopha Sam", email: email(), role: "reporter" }, { actorId: adminId });
    if (!invited.ok) throw new Error(invited.error);
    await deactivateUser(testDb.db, { userId: invited.user.id }, { actorId: adminId });
    const token = tokenOf(invited.invitation.path);
    expect(await checkUserToken(testDb.db, { token, kind: "invitation" })).toMatchObject({ ok: false, problem: "deactivated" });
    expect(await redeemUserToken(testDb.db, { token, newPassword: "still-locked-out", confirmPassword: "still-locked-out" }, "invitation")).toMatchObject({
      ok: false,
      error: expect.stringContaining("deactivated"),
    });
  });

  it("refuses a second person with the same email, ignoring case", async () => {
    const address = email();
    await inviteUser(testDb.db, { name: "First", email: address, role: "reporter" }, { actorId: adminId });
    const again = await addPerson(testDb.db, { name: "Second", email: address.toUpperCase(), role: "editor", method: "invitation" }, { actorId: adminId });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: [`A user with the email ${address} already exists.`] } });
  });
});

describe("password resets by an admin", () => {
  it("a reset link keeps the old password working until it is used, then only the new one works", async () => {
    const person = await createUser(testDb.db, { email: email(), password: "original-password" });
    const reset = await resetUserPassword(testDb.db, { userId: person.id, method: "link" }, { actorId: adminId });
    if (!reset.ok || reset.method !== "link") throw new Error("expected a reset link");
    expect(reset.kind).toBe("password_reset");
    expect(reset.link.path).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(reset.link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(DAY);
    expect(await signIn(person.email, "original-password")).toMatchObject({ ok: true });

    const token = tokenOf(reset.link.path);
    // A reset link is no invitation.
    expect(await redeemUserToken(testDb.db, { token, newPassword: "replacement-pass", confirmPassword: "replacement-pass" }, "invitation")).toMatchObject({ ok: false });
    expect(await redeemUserToken(testDb.db, { token, newPassword: "replacement-pass", confirmPassword: "replacement-pass" }, "password_reset")).toMatchObject({ ok: true });
    expect(await signIn(person.email, "original-password")).toMatchObject({ ok: false });
    expect(await signIn(person.email, "replacement-pass")).toMatchObject({ ok: true });
    expect(await auditActions(person.id)).toEqual(["user.password_reset", "user.password_reset_completed"]);
  });

  it("a newer link replaces an older one", async () => {
    const person = await createUser(testDb.db, { email: email(), password: "original-password" });
    const first = await resetUserPassword(testDb.db, { userId: person.id, method: "link" }, { actorId: adminId });
    const second = await resetUserPassword(testDb.db, { userId: person.id, method: "link" }, { actorId: adminId });
    if (!first.ok || first.method !== "link" || !second.ok || second.method !== "link") throw new Error("expected links");
    expect(await checkUserToken(testDb.db, { token: tokenOf(first.link.path), kind: "password_reset" })).toMatchObject({ ok: false, problem: "unknown" });
    expect(await checkUserToken(testDb.db, { token: tokenOf(second.link.path), kind: "password_reset" })).toMatchObject({ ok: true });
  });

  it("a one-time password replaces the old one at once and voids any open link", async () => {
    const person = await createUser(testDb.db, { email: email(), password: "original-password" });
    const link = await resetUserPassword(testDb.db, { userId: person.id, method: "link" }, { actorId: adminId });
    const reset = await resetUserPassword(testDb.db, { userId: person.id, method: "password" }, { actorId: adminId });
    if (!link.ok || link.method !== "link" || !reset.ok || reset.method !== "password") throw new Error("unexpected result");
    expect(reset.oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await signIn(person.email, "original-password")).toMatchObject({ ok: false });
    expect(await signIn(person.email, reset.oneTimePassword)).toMatchObject({ ok: true });
    expect(await checkUserToken(testDb.db, { token: tokenOf(link.link.path), kind: "password_reset" })).toMatchObject({ ok: false });
    const [entry] = await testDb.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, person.id), eq(auditLog.action, "user.password_reset")))
      .orderBy(auditLog.id)
      .offset(1);
    expect(entry).toMatchObject({ actorId: adminId, details: { method: "one-time password" } });
    expect(JSON.stringify(entry)).not.toContain(reset.oneTimePassword);
  });

  it("someone still invited gets a fresh invitation instead of a reset link", async () => {
    const invited = await inviteUser(testDb.db, { name: "Vuthy Tan", email: email(), role: "reporter" }, { actorId: adminId });
    if (!invited.ok) throw new Error(invited.error);
    const reset = await resetUserPassword(testDb.db, { userId: invited.user.id, method: "link" }, { actorId: adminId });
    if (!reset.ok || reset.method !== "link") throw new Error("expected a link");
    expect(reset.kind).toBe("invitation");
    expect(reset.link.path).toMatch(/^\/invite\//);
    expect(await checkUserToken(testDb.db, { token: tokenOf(invited.invitation.path), kind: "invitation" })).toMatchObject({ ok: false, problem: "unknown" });
    expect(await checkUserToken(testDb.db, { token: tokenOf(reset.link.path), kind: "invitation" })).toMatchObject({ ok: true });
  });

  it("refuses to reset a deactivated person's password, saying to reactivate first", async () => {
    const person = await createUser(testDb.db, { email: email(), password: "original-password", active: false });
    const reset = await resetUserPassword(testDb.db, { userId: person.id, method: "password" }, { actorId: adminId });
    expect(reset).toMatchObject({ ok: false, error: expect.stringContaining("Reactivate it before") });
    const [after] = await testDb.db.select().from(users).where(eq(users.id, person.id));
    expect(await verifyPassword(after?.passwordHash ?? "", "original-password")).toBe(true);
  });
});
