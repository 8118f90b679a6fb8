import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPgliteDatabase } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createUser } from "@/lib/users/create-user";
import { deactivateUser, reactivateUser } from "@/lib/users/set-user-active";
import { setUserRole } from "@/lib/users/set-user-role";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser as createUserRow } from "../support/factories";

const PASSWORD = "a long enough password";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.close();
});

let counter = 0;
function email(): string {
  counter += 1;
  return `user-cli-${process.pid}-${counter}@example.org`;
}

async function auditFor(userId: string, action: string) {
  return testDb.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, userId), eq(auditLog.action, action)));
}

describe("createUser", () => {
  it("creates a person who can sign in, with a hashed password, a slug and an audit entry", async () => {
    const address = email();
    const result = await createUser(testDb.db, { email: ` ${address.toUpperCase()} `, name: "  Chan Sophea ", role: "editor", password: PASSWORD });

    expect(result).toMatchObject({ ok: true, user: { email: address, name: "Chan Sophea", role: "editor" } });
    if (!result.ok) return;
    const [row] = await testDb.db.select().from(users).where(eq(users.id, result.user.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row?.passwordHash ?? "", PASSWORD)).toBe(true);
    expect(await auditFor(result.user.id, "user.created")).toMatchObject([{ actorId: null, toValue: "editor" }]);
  });

  it("gives each person a unique slug made from their name", async () => {
    const name = `Keo Dara ${process.pid}`;
    const first = await createUser(testDb.db, { email: email(), name, role: "reporter", password: PASSWORD });
    const second = await createUser(testDb.db, { email: email(), name, role: "reporter", password: PASSWORD });
    const third = await createUser(testDb.db, { email: email(), name, role: "reporter", password: PASSWORD });

    const base = `keo-dara-${process.pid}`;
    expect([first, second, third].map((result) => (result.ok ? result.user.slug : result.error))).toEqual([
      base,
      `${base}-2`,
      `${base}-3`,
    ]);
  });

  it("refuses a duplicate email whatever its case", async () => {
    const address = email();
    await createUser(testDb.db, { email: address, name: "First", role: "reporter", password: PASSWORD });
    const again = await createUser(testDb.db, { email: address.toUpperCase(), name: "Second", role: "reporter", password: PASSWORD });

    expect(again).toEqual({
      ok: false,
      error: `A user with the email ${address} already exists.`,
      fieldErrors: { email: [`A user with the email ${address} already exists.`] },
    });
  });

  it("refuses an unknown role, listing the valid ones", async () => {
    const result = await createUser(testDb.db, { email: email(), name: "Someone", role: "owner", password: PASSWORD });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { role: ['Unknown role "owner". Valid roles: reporter, editor, admin.'] },
    });
  });

  it("refuses a password shorter than 10 characters, and missing fields", async () => {
    expect(await createUser(testDb.db, { email: email(), name: "Someone", role: "reporter", password: "123456789" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Passwords must be at least 10 characters long."] },
    });
    expect(await createUser(testDb.db, { email: "not an email", name: "", role: "" })).toMatchObject({
      ok: false,
      fieldErrors: {
        email: ["Enter a valid email address."],
        name: ["Enter a name."],
        role: ["Choose a role: reporter, editor, admin."],
        password: ["Enter a password."],
      },
    });
  });
});

describe("isUniqueViolation", () => {
  it("recognises the index a duplicate insert broke", async () => {
    const row = await createUserRow(testDb.db);
    const error = await testDb.db
      .insert(users)
      .values({ email: row.email.toUpperCase(), name: "Copy", slug: `${row.slug}-copy` })
      .then(() => null, (caught: unknown) => caught);
    expect(isUniqueViolation(error, "users_email_lower_key")).toBe(true);
    expect(isUniqueViolation(error, "users_slug_key")).toBe(false);
    expect(isUniqueViolation(new Error("something else"), "users_email_lower_key")).toBe(false);
  });
});

describe("setUserRole", () => {
  it("changes the role and records who it was and who it is", async () => {
    const person = await createUserRow(testDb.db, { role: "reporter" });
    const result = await setUserRole(testDb.db, { email: person.email.toUpperCase(), role: "editor" });

    expect(result).toMatchObject({ ok: true, from: "reporter", to: "editor", changed: true });
    const [row] = await testDb.db.select({ role: users.role }).from(users).where(eq(users.id, person.id));
    expect(row?.role).toBe("editor");
    expect(await auditFor(person.id, "user.role_changed")).toMatchObject([{ fromValue: "reporter", toValue: "editor" }]);
  });

  it("reports no change, and writes no audit entry, when the role is the same", async () => {
    const person = await createUserRow(testDb.db, { role: "editor" });
    expect(await setUserRole(testDb.db, { email: person.email, role: "editor" })).toMatchObject({ ok: true, changed: false });
    expect(await auditFor(person.id, "user.role_changed")).toEqual([]);
  });

  it("refuses an unknown email and an unknown role", async () => {
    const unknown = email();
    expect(await setUserRole(testDb.db, { email: unknown, role: "editor" })).toMatchObject({
      ok: false,
      error: `No user has the email ${unknown}.`,
    });
    const person = await createUserRow(testDb.db);
    expect(await setUserRole(testDb.db, { email: person.email, role: "chief" })).toMatchObject({
      ok: false,
      error: 'Unknown role "chief". Valid roles: reporter, editor, admin.',
    });
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("deactivates and reactivates, with audit entries", async () => {
    const person = await createUserRow(testDb.db);

    expect(await deactivateUser(testDb.db, { email: person.email })).toMatchObject({ ok: true, active: false, changed: true });
    expect(await deactivateUser(testDb.db, { email: person.email })).toMatchObject({ ok: true, changed: false });
    expect(await reactivateUser(testDb.db, { email: person.email })).toMatchObject({ ok: true, active: true, changed: true });

    expect(await auditFor(person.id, "user.deactivated")).toMatchObject([{ fromValue: "active", toValue: "inactive" }]);
    expect(await auditFor(person.id, "user.reactivated")).toHaveLength(1);
  });

  it("refuses an unknown email", async () => {
    expect(await deactivateUser(testDb.db, { email: email() })).toMatchObject({ ok: false });
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated, but can once another admin exists", async () => {
    // A database of its own: other tests here create admins of their own.
    const isolated = await createTestDatabase();
    try {
      const admin = await createUserRow(isolated.db, { role: "admin" });
      await createUserRow(isolated.db, { role: "admin", active: false });

      expect(await setUserRole(isolated.db, { email: admin.email, role: "editor" })).toMatchObject({
        ok: false,
        error: expect.stringContaining("is the only active admin"),
      });
      expect(await deactivateUser(isolated.db, { email: admin.email })).toMatchObject({ ok: false });

      await createUserRow(isolated.db, { role: "admin" });
      expect(await deactivateUser(isolated.db, { email: admin.email })).toMatchObject({ ok: true, changed: true });
    } finally {
      await isolated.close();
    }
  });
});

describe("npm run user:create", () => {
  const run = promisify(execFile);
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-user-cli-"));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  function createWith(args: string[]) {
    // Never the run's PostgreSQL server: the script gets a PGlite folder of its own.
    const { DATABASE_URL: _ignored, ...env } = process.env;
    return run("npx", ["tsx", "scripts/user-create.ts", ...args], {
      cwd: process.cwd(),
      env: { ...env, MASTHEAD_DATA_DIR: dataDir },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: error.stdout ?? "",
        stderr: error.stderr ?? "",
      }),
    );
  }

  it("exits 1 with a clear message for a weak password, and 0 for a good one", async () => {
    const base = ["--email", "desk@example.org", "--name", "Lim Vannak", "--role", "admin"];

    const weak = await createWith([...base, "--password", "short"]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("Error: Passwords must be at least 10 characters long.");

    const good = await createWith([...base, "--password", PASSWORD]);
    expect(good).toMatchObject({ code: 0, stdout: expect.stringContaining("Created admin Lim Vannak <desk@example.org>") });

    const handle = await openPgliteDatabase(dataDir);
    try {
      const rows = await handle.db.select({ email: users.email, role: users.role }).from(users);
      expect(rows).toEqual([{ email: "desk@example.org", role: "admin" }]);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
