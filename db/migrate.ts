import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { DatabaseConfigError, type DatabaseHandle, type Schema } from "./client";
import { rowsOf } from "./rows";

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
  // Checked first: a query naming a table that does not exist fails however it is guarded.
  const [table] = rowsOf<{ present: boolean }>(await handle.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (!table?.present) return 0;
  const [count] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Number(count?.n ?? 0);
}

/** The migrations in the folder, oldest first, as drizzle-kit's journal lists them. */
export function listMigrationTags(): string[] {
  const file = path.join(migrationsFolder(), "meta", "_journal.json");
  if (!fs.existsSync(file)) {
    throw new DatabaseConfigError(`No migrations found: ${file} does not exist. Run from the app's folder, or set MASTHEAD_MIGRATIONS_DIR to the migrations folder.`);
  }
  const journal = JSON.parse(fs.readFileSync(file, "utf8")) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}
