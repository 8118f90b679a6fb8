import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { DatabaseHandle, Schema } from "./client";

export function migrationsFolder(): string {
  return process.env.MASTHEAD_MIGRATIONS_DIR || path.join(process.cwd(), "db", "migrations");
}

/** Applies every pending migration from the one drizzle-kit folder, through either driver. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  await handle.withMigrationLock(async (db) => {
    if (handle.driver === "pglite") {
      await migratePglite(db as unknown as PgliteDatabase<Schema>, config);
    } else {
      await migratePostgres(db as unknown as PostgresJsDatabase<Schema>, config);
    }
  });
}

/** How many of the folder's migrations the database has recorded (0 for a database never migrated). */
export async function countAppliedMigrations(handle: DatabaseHandle): Promise<number> {
  // postgres-js answers with an array of rows, PGlite with { rows }.
  const rowsOf = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  // Checked first: a query naming a table that does not exist fails however it is guarded.
  const [table] = rowsOf(await handle.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (!table?.present) return 0;
  const [count] = rowsOf(await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Number(count?.n ?? 0);
}

/** The migrations in the folder, oldest first, as drizzle-kit's journal lists them. */
export function listMigrationTags(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}
