import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, media, users } from "@/db/schema";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { verifyPassword } from "@/lib/auth/password";
import { DiskMediaStorage } from "@/lib/media/storage";
import { getPersonForAdmin } from "@/lib/users/get-person-for-admin";
import { listUsers } from "@/lib/users/list-users";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser, type User } from "../support/factories";

// The people and profile actions as their forms call them: the last-admin
// guard surfaced through the UI action, the hand-over of invitation links and
// one-time passwords, and the profile photo through processImage.

const edges = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "people-actions-test-secret-0123456789abcdef";
  return { sessionUserId: null as string | null, db: null as Database | null, storage: null as DiskMediaStorage | null };
});

vi.mock("next-auth", () => ({
  getServerSession: async () => (edges.sessionUserId ? { user: { id: edges.sessionUserId }, expires: "2099-01-01" } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: <T,>(fn: T) => fn,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => {
    if (!edges.db) throw new Error("test database not ready");
    return edges.db;
  },
}));
vi.mock("@/lib/media/storage", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/media/storage")>()),
  getMediaStorage: () => {
    if (!edges.storage) throw new Error("test storage not ready");
    return edges.storage;
  },
}));

const { addPersonAction, changeRoleAction, deactivateUserAction, reactivateUserAction, resetPasswordAction } = await import("@/lib/actions/user-actions");
const { acceptInvitationAction, resetPasswordWithLinkAction } = await import("@/lib/actions/account-actions");
const { changePasswordAction, updateProfileAction } = await import("@/lib/actions/profile-actions");

let testDb: TestDatabase;
let scratch: string;
let admin: User;

beforeAll(async () => {
  testDb = await createTestDatabase();
  edges.db = testDb.db;
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "masthead-people-"));
  edges.storage = new DiskMediaStorage(path.join(scratch, "media"));
  admin = await createUser(testDb.db, { role: "admin", name: "Only Admin", password: "admin-password-1" });
});
afterAll(async () => {
  await testDb?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});
beforeEach(() => {
  edges.sessionUserId = admin.id;
});

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function userRow(id: string) {
  const [row] = await testDb.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error("user missing");
  return row;
}

describe("the last active admin", () => {
  it("cannot be demoted or deactivated through the people page, and the form says why", async () => {
    const demote = await changeRoleAction(null, form({ userId: admin.id, role: "editor" }));
    expect(demote).toMatchObject({
      ok: false,
      error: "Only Admin is the only active admin, so they cannot be made an editor. Make someone else an admin first.",
    });
    expect((await userRow(admin.id)).role).toBe("admin");

    const deactivate = await deactivateUserAction(null, form({ userId: admin.id }));
    expect(deactivate).toMatchObject({ ok: false, error: "You cannot deactivate your own account. Ask another admin to do it." });
    expect((await userRow(admin.id)).active).toBe(true);
  });

  it("another admin can be deactivated while one remains, and the remaining one still cannot step down", async () => {
    const second = await createUser(testDb.db, { role: "admin", name: "Second Admin" });
    expect(await deactivateUserAction(null, form({ userId: second.id }))).toEqual({
      ok: true,
      message: "Second Admin is deactivated: they are signed out on their next request and cannot sign in.",
    });
    expect(await changeRoleAction(null, form({ userId: admin.id, role: "reporter" }))).toMatchObject({ ok: false, error: expect.stringContaining("only active admin") });

    expect(await reactivateUserAction(null, form({ userId: second.id }))).toMatchObject({ ok: true, message: "Second Admin is active again and can sign in." });
    expect(await changeRoleAction(null, form({ userId: admin.id, role: "editor" }))).toEqual({
      ok: true,
      message: "Only Admin is now an editor. It applies on their next request.",
    });
    // Put back: the rest of this file acts as this admin.
    await testDb.db.update(users).set({ role: "admin" }).where(eq(users.id, admin.id));
    const entries = await testDb.db.select().from(auditLog).where(eq(auditLog.targetId, second.id)).orderBy(auditLog.id);
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.deactivated", admin.id],
      ["user.reactivated", admin.id],
    ]);
  });
});

describe("the people list", () => {
  it("shows each person's own last successful sign-in, and whether they still have to accept an invitation", async () => {
    const signedIn = await createUser(testDb.db, { email: "Often.Here@example.org", password: "often-here-password" });
    const never = await createUser(testDb.db, { password: "never-here-password" });
    const invited = await createUser(testDb.db, { passwordHash: null });
    const ip = "10.30.0.1";
    expect(await authorizeCredentials(testDb.db, { email: "often.here@example.org", password: "often-here-password", ip })).toMatchObject({ ok: true });
    // A failed attempt is no sign-in.
    await authorizeCredentials(testDb.db, { email: never.email, password: "wrong-password", ip });

    const list = await listUsers(testDb.db, { role: "admin", active: true });
    const row = (id: string) => list.find((person) => person.id === id);
    expect(row(signedIn.id)?.lastSignInAt).toBeInstanceOf(Date);
    expect(Date.now() - (row(signedIn.id)?.lastSignInAt?.getTime() ?? 0)).toBeLessThan(60_000);
    expect(row(never.id)).toMatchObject({ lastSignInAt: null, hasPassword: true });
    expect(row(invited.id)).toMatchObject({ lastSignInAt: null, hasPassword: false });
    expect(await getPersonForAdmin(testDb.db, { role: "admin", active: true }, never.id)).toMatchObject({ lastSignInAt: null, pendingLinks: [] });

    expect(await listUsers(testDb.db, { role: "editor", active: true })).toEqual([]);
    expect(await getPersonForAdmin(testDb.db, { role: "editor", active: true }, never.id)).toBeNull();
    expect(await getPersonForAdmin(testDb.db, { role: "admin", active: true }, "not-a-uuid")).toBeNull();
  });
});

describe("adding people", () => {
  it("hands over an invitation link that the invitee redeems once through the public action", async () => {
    const added = await addPersonAction(null, form({ name: "Mony Kim", email: "Mony.Kim@Example.org", role: "reporter", method: "invitation" }));
    if (!added.ok) throw new Error(added.error);
    expect(added.message).toBe("Mony Kim was added as a reporter. Send them this invitation link.");
    expect(added.handOver).toMatchObject({ kind: "invitation", path: expect.stringMatching(/^\/invite\/[A-Za-z0-9_-]{43}$/) });
    if (added.handOver.kind === "password") throw new Error("expected a link");
    const token = added.handOver.path.split("/").at(-1) ?? "";

    edges.sessionUserId = null;
    // The reset page's action does not take an invitation.
    expect(await resetPasswordWithLinkAction(null, form({ token, newPassword: "lotus-pond-sunrise", confirmPassword: "lotus-pond-sunrise" }))).toMatchObject({ ok: false });
    const accepted = await acceptInvitationAction(null, form({ token, newPassword: "lotus-pond-sunrise", confirmPassword: "lotus-pond-sunrise" }));
    expect(accepted).toMatchObject({ ok: true, email: "mony.kim@example.org" });
    expect(await verifyPassword((await userRow(added.person.id)).passwordHash ?? "", "lotus-pond-sunrise")).toBe(true);
    expect(await acceptInvitationAction(null, form({ token, newPassword: "another-password", confirmPassword: "another-password" }))).toMatchObject({
      ok: false,
      error: expect.stringContaining("already been used"),
    });
  });

  it("hands over a one-time password that works", async () => {
    const added = await addPersonAction(null, form({ name: "Dara Sok", email: "dara.sok@example.org", role: "editor", method: "password" }));
    if (!added.ok || added.handOver.kind !== "password") throw new Error("expected a one-time password");
    expect(await verifyPassword((await userRow(added.person.id)).passwordHash ?? "", added.handOver.password)).toBe(true);
    const [created] = await testDb.db.select().from(auditLog).where(eq(auditLog.targetId, added.person.id));
    expect(created).toMatchObject({ action: "user.created", actorId: admin.id, toValue: "editor", details: { method: "password" } });
  });

  it("returns field errors and the typed values for bad input, adding nobody", async () => {
    const before = await testDb.db.select({ id: users.id }).from(users);
    const result = await addPersonAction(null, form({ name: "", email: "not-an-email", role: "owner", method: "carrier-pigeon" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Enter a name."],
        email: ["Enter a valid email address."],
        role: ['Unknown role "owner". Valid roles: reporter, editor, admin.'],
        method: ["Choose how they will sign in: an invitation link or a one-time password."],
      },
      values: { name: "", email: "not-an-email", role: "owner", method: "carrier-pigeon" },
    });
    expect(await testDb.db.select({ id: users.id }).from(users)).toHaveLength(before.length);
  });

  it("resets a password with a link usable on the reset page", async () => {
    const person = await createUser(testDb.db, { password: "forgotten-password" });
    const reset = await resetPasswordAction(null, form({ userId: person.id, method: "link" }));
    if (!reset.ok || reset.handOver.kind === "password") throw new Error("expected a link");
    expect(reset.handOver.kind).toBe("password_reset");
    const token = reset.handOver.path.split("/").at(-1) ?? "";
    edges.sessionUserId = null;
    expect(await acceptInvitationAction(null, form({ token, newPassword: "remembered-now", confirmPassword: "remembered-now" }))).toMatchObject({ ok: false });
    expect(await resetPasswordWithLinkAction(null, form({ token, newPassword: "remembered-now", confirmPassword: "remembered-now" }))).toMatchObject({ ok: true });
    expect(await verifyPassword((await userRow(person.id)).passwordHash ?? "", "remembered-now")).toBe(true);
  });
});

async function photo(format: "png" | "gif", width = 600, height = 400): Promise<Blob> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });
  const buffer = await (format === "png" ? image.png() : image.gif()).toBuffer();
  return new File([new Uint8Array(buffer)], `portrait.${format}`, { type: `image/${format}` });
}

describe("own profile", () => {
  it("saves name, bio and a photo, which goes through processImage into the media library", async () => {
    const reporter = await createUser(testDb.db, { name: "Sreyneang Ly", password: "reporter-password" });
    edges.sessionUserId = reporter.id;
    const result = await updateProfileAction(null, form({ name: "Sreyneang Ly Kim", bio: "Covers land rights.\r\nBased in Siem Reap.", photo: await photo("png") }));
    expect(result).toEqual({ ok: true, message: "Your profile is saved." });

    const row = await userRow(reporter.id);
    expect(row).toMatchObject({ name: "Sreyneang Ly Kim", bio: "Covers land rights.\nBased in Siem Reap.", slug: reporter.slug });
    const [stored] = await testDb.db.select().from(media).where(eq(media.id, row.photoMediaId ?? ""));
    expect(stored).toMatchObject({ uploadedBy: reporter.id, altText: "Sreyneang Ly Kim", mimeType: "image/jpeg", width: 600, height: 400 });
    expect(await edges.storage?.get(stored?.storageKey ?? "")).not.toBeNull();
    const [entry] = await testDb.db.select().from(auditLog).where(eq(auditLog.action, "user.profile_updated")).orderBy(auditLog.id);
    expect(entry).toMatchObject({ actorId: reporter.id, targetId: reporter.id, details: { fields: ["name", "bio", "photo"] } });

    expect(await updateProfileAction(null, form({ name: "Sreyneang Ly Kim", bio: "Covers land rights.\nBased in Siem Reap.", removePhoto: "on" }))).toMatchObject({ ok: true });
    expect((await userRow(reporter.id)).photoMediaId).toBeNull();
  });

  it("refuses a GIF, a bio over 1,000 characters and an empty name, with field errors, changing nothing", async () => {
    const reporter = await createUser(testDb.db, { name: "Kimly Chhun", bio: "Old bio." });
    edges.sessionUserId = reporter.id;
    const mediaBefore = await testDb.db.select({ id: media.id }).from(media);

    const gif = await updateProfileAction(null, form({ name: "Kimly Chhun", bio: "New bio.", photo: await photo("gif") }));
    expect(gif).toMatchObject({ ok: false, fieldErrors: { photo: ["Choose a JPEG, PNG or WebP photo."] }, values: { bio: "New bio." } });

    const long = await updateProfileAction(null, form({ name: "Kimly Chhun", bio: "ក".repeat(1001) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { bio: ["Bios are limited to 1,000 characters."] } });
    expect(await updateProfileAction(null, form({ name: "Kimly Chhun", bio: "ក".repeat(1000) }))).toMatchObject({ ok: true });
    await testDb.db.update(users).set({ bio: "Old bio." }).where(eq(users.id, reporter.id));

    const noName = await updateProfileAction(null, form({ name: "   ", bio: "" }));
    expect(noName).toMatchObject({ ok: false, fieldErrors: { name: ["Enter a name."] } });

    const damaged = await updateProfileAction(null, form({ name: "Kimly Chhun", bio: "", photo: new File([new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2])], "x.jpg") }));
    expect(damaged).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringContaining("could not be used")] } });

    expect(await userRow(reporter.id)).toMatchObject({ name: "Kimly Chhun", bio: "Old bio.", photoMediaId: null });
    expect(await testDb.db.select({ id: media.id }).from(media)).toHaveLength(mediaBefore.length);
  });

  it("changes the password only with the right current password and a matching new one", async () => {
    const reporter = await createUser(testDb.db, { password: "current-password" });
    edges.sessionUserId = reporter.id;
    expect(await changePasswordAction(null, form({ currentPassword: "wrong-password", newPassword: "brand-new-pass", confirmPassword: "brand-new-pass" }))).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["Your current password is not correct."] },
    });
    expect(await changePasswordAction(null, form({ currentPassword: "current-password", newPassword: "brand-new-pass", confirmPassword: "brand-new-typo" }))).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two new passwords differ."] },
    });
    expect(await changePasswordAction(null, form({ currentPassword: "current-password", newPassword: "short", confirmPassword: "short" }))).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["Passwords must be at least 10 characters long."] },
    });
    expect(await verifyPassword((await userRow(reporter.id)).passwordHash ?? "", "current-password")).toBe(true);

    expect(await changePasswordAction(null, form({ currentPassword: "current-password", newPassword: "brand-new-pass", confirmPassword: "brand-new-pass" }))).toMatchObject({ ok: true });
    expect(await verifyPassword((await userRow(reporter.id)).passwordHash ?? "", "brand-new-pass")).toBe(true);
  });
});
