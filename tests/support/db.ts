import { inject } from "vitest";
import { openPgliteDatabase, openPostgresDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "./postgres-admin";

export type TestDatabase = {
  db: Database;
  handle: DatabaseHandle;
  /** Closes the connections and, on PostgreSQL, drops the database. */
  close(): Promise<void>;
};

/**
 * A fresh, fully migrated database for one test file: on the PostgreSQL server
 * that DATABASE_URL names (a copy of the run's migrated template), or else an
 * in-memory PGlite. Call it in beforeAll and close it in afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openPgliteDatabase();
    try {
      await migrateDatabase(handle);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { db: handle.db, handle, close: () => handle.close() };
  }

  // The integration project's global setup provides a migrated template; a file
  // run by another project has none and migrates its own copy.
  const template = inject("integrationTemplateDatabase") ?? undefined;
  const name = uniqueDatabaseName(inject("integrationRunId") ?? "masthead_t");
  await createDatabase(url, name, template);
  const handle = openPostgresDatabase(databaseUrlFor(url, name), { max: 3 });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
    await dropDatabase(url, name);
  };
  if (!template) {
    try {
      await migrateDatabase(handle);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { db: handle.db, handle, close };
}
