import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DatabaseConfigError, openPgliteDatabase, openPostgresDatabase, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { rowsOf } from "@/db/rows";
import { auditLog, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createUser } from "../support/factories";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "../support/postgres-admin";

const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

async function query(db: Database, statement: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return rowsOf<Record<string, unknown>>(await db.execute(statement));
}

async function schemaState(db: Database): Promise<{ migrations: string[]; tables: number }> {
  const migrations = await query(db, sql`select hash from drizzle.__drizzle_migrations order by id`);
  const [tables] = await query(
    db,
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
  );
  return { migrations: migrations.map((row) => String(row.hash)), tables: Number(tables?.n) };
}

async function expectMigrationsApplyOnce(db: Database, migrate: () => Promise<void>): Promise<void> {
  await migrate();
  const first = await schemaState(db);
  expect(first.migrations).toHaveLength(journal.entries.length);
  // users, articles, article_publications, audit_log … all of the schema is there.
  expect(first.tables).toBeGreaterThanOrEqual(15);
  await migrate();
  expect(await schemaState(db)).toEqual(first);
}

/** The SQLSTATE or message of a database error; drizzle wraps the driver's error as `cause`. */
function databaseError(error: unknown): { code?: string; message: string } {
  let current: unknown = error;
  while (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, message: current.message };
    if (!current.cause) return { message: current.message };
    current = current.cause;
  }
  return { message: String(current) };
}

async function failureOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return databaseError(error);
  }
  throw new Error("Expected the statement to fail, and it succeeded");
}

describe("migrations", () => {
  it("apply on PGlite, and applying them again changes nothing", async () => {
    const handle = await openPgliteDatabase();
    try {
      await expectMigrationsApplyOnce(handle.db, () => migrateDatabase(handle));
    } finally {
      await handle.close();
    }
  });

  describe.runIf(Boolean(process.env.DATABASE_URL))("on PostgreSQL (DATABASE_URL)", () => {
    it("apply to an empty database, and applying them again changes nothing", async () => {
      const server = process.env.DATABASE_URL ?? "";
      const name = uniqueDatabaseName("masthead_t_migrate");
      await createDatabase(server, name);
      const handle = openPostgresDatabase(databaseUrlFor(server, name), { max: 2 });
      try {
        expect(handle.driver).toBe("postgres");
        await expectMigrationsApplyOnce(handle.db, () => migrateDatabase(handle));
      } finally {
        await handle.close();
        await dropDatabase(server, name);
      }
    });
  });
});

describe("npm run db:migrate", () => {
  const run = promisify(execFile);
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  // The npm script itself, as the README's production steps run it.
  async function migrateWith(env: Record<string, string>): Promise<string> {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const { stdout } = await run("npm", ["run", "--silent", "db:migrate"], { cwd: process.cwd(), env: { ...inherited, ...env } });
    return stdout.trim();
  }

  const latest = journal.entries.at(-1)?.tag ?? "";
  const count = journal.entries.length;

  it("migrates an empty PGlite folder, then finds nothing to apply", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-db-migrate-"));
    folders.push(dir);
    expect(await migrateWith({ MASTHEAD_DATA_DIR: dir })).toBe(
      `Applied ${count} migrations to the PGlite database in ${dir}; it now has all ${count} (latest ${latest}).`,
    );
    expect(await migrateWith({ MASTHEAD_DATA_DIR: dir })).toBe(`Nothing to apply: the PGlite database in ${dir} already has all ${count} migrations (latest ${latest}).`);
    const handle = await openPgliteDatabase(dir);
    try {
      expect((await schemaState(handle.db)).migrations).toHaveLength(count);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("says where it looked, and exits 1, when the migrations folder is not there", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-db-migrate-"));
    folders.push(dir);
    const failure = await migrateWith({ MASTHEAD_DATA_DIR: dir, MASTHEAD_MIGRATIONS_DIR: path.join(dir, "missing") }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr?.trim()).toBe(
      `Error: No migrations found: ${path.join(dir, "missing", "meta", "_journal.json")} does not exist. Run from the app's folder, or set MASTHEAD_MIGRATIONS_DIR to the migrations folder.`,
    );
  }, 60_000);

  it.runIf(Boolean(process.env.DATABASE_URL))("migrates an empty PostgreSQL database without printing its address", async () => {
    const server = process.env.DATABASE_URL ?? "";
    const name = uniqueDatabaseName("masthead_t_cli_migrate");
    await createDatabase(server, name);
    try {
      const url = databaseUrlFor(server, name);
      const first = await migrateWith({ DATABASE_URL: url });
      expect(first).toBe(`Applied ${count} migrations to the PostgreSQL database named by DATABASE_URL; it now has all ${count} (latest ${latest}).`);
      expect(first).not.toContain(name);
      expect(await migrateWith({ DATABASE_URL: url })).toContain("Nothing to apply");
    } finally {
      await dropDatabase(server, name);
    }
  }, 120_000);
});

describe("PGlite data folder", () => {
  const folders: string[] = [];
  const children: ChildProcess[] = [];

  function tempFolder(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-db-client-"));
    folders.push(dir);
    return dir;
  }

  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a folder another live process holds, naming that process", async () => {
    const dir = tempFolder();
    const holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    children.push(holder);
    expect(holder.pid).toBeTypeOf("number");
    fs.writeFileSync(path.join(dir, "masthead.lock"), String(holder.pid));

    const error = await openPgliteDatabase(dir).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect((error as Error).message).toContain("already open in another process");
    expect((error as Error).message).toContain(`pid ${holder.pid}`);
    // The other process's lock is left alone.
    expect(fs.readFileSync(path.join(dir, "masthead.lock"), "utf8")).toBe(String(holder.pid));
  });

  it("explains a folder that cannot be created or written", async () => {
    const dir = tempFolder();
    // Tests run as root, which chmod does not stop: a path under a regular file cannot be a folder for anyone.
    const file = path.join(dir, "not-a-folder");
    fs.writeFileSync(file, "");
    const target = path.join(file, "data");

    const error = await openPgliteDatabase(target).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect((error as Error).message).toContain(`The data folder ${target} cannot be written`);
    expect((error as Error).message).toContain("MASTHEAD_DATA_DIR");
  });

  it("takes over a stale lock left by a process that died, keeps data across opens and releases the lock", async () => {
    const dir = tempFolder();
    const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    const deadPid = dead.pid;
    await new Promise((resolve) => dead.once("exit", resolve));
    expect(deadPid).toBeTypeOf("number");
    const lockPath = path.join(dir, "masthead.lock");
    fs.writeFileSync(lockPath, String(deadPid));

    const first = await openPgliteDatabase(dir);
    try {
      expect(fs.readFileSync(lockPath, "utf8")).toBe(String(process.pid));
      await migrateDatabase(first);
      await createUser(first.db, { email: "kept@example.org", name: "Kept Person" });
    } finally {
      await first.close();
    }
    expect(fs.existsSync(lockPath)).toBe(false);

    const second = await openPgliteDatabase(dir);
    try {
      const rows = await second.db.select().from(users).where(eq(users.email, "kept@example.org"));
      expect(rows.map((row) => row.name)).toEqual(["Kept Person"]);
    } finally {
      await second.close();
    }
    // Two PGlite opens of a folder and a migration: slower than most tests on a busy machine.
  }, 60_000);
});

describe(`constraints (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  it("treats emails that differ only in case as the same person", async () => {
    await createUser(database.db, { email: "Sokha.Chan@Example.org" });
    const failure = await failureOf(createUser(database.db, { email: "sokha.chan@example.org" }));
    expect(failure.code).toBe("23505");
    expect(failure.message).toContain("users_email_lower_key");
  });

  it("allows one slug per language", async () => {
    const author = await createUser(database.db);
    await createArticle(database.db, { language: "en", slug: "river-report", createdBy: author.id });
    const failure = await failureOf(
      createArticle(database.db, { language: "en", slug: "river-report", createdBy: author.id }),
    );
    expect(failure.code).toBe("23505");
    expect(failure.message).toContain("articles_language_slug_key");
    // The same slug in the other language is another URL, so it is allowed.
    const khmer = await createArticle(database.db, { language: "km", slug: "river-report", createdBy: author.id });
    expect(khmer.slug).toBe("river-report");
  });

  it("keeps the audit log append-only: rows can be added, never changed or removed", async () => {
    const actor = await createUser(database.db, { role: "admin" });
    const [entry] = await database.db
      .insert(auditLog)
      .values({ actorId: actor.id, action: "user.role_changed", targetType: "user", targetId: actor.id, fromValue: "editor", toValue: "admin" })
      .returning();
    expect(entry?.action).toBe("user.role_changed");
    const id = entry?.id ?? -1;

    const update = await failureOf(database.db.update(auditLog).set({ note: "rewritten" }).where(eq(auditLog.id, id)));
    expect(update.message).toContain("audit_log is append-only");
    const remove = await failureOf(database.db.delete(auditLog).where(eq(auditLog.id, id)));
    expect(remove.message).toContain("audit_log is append-only");

    const [still] = await database.db.select().from(auditLog).where(eq(auditLog.id, id));
    expect(still?.note).toBe("");
  });
});
