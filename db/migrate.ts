import path from "node:path";
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
