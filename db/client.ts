import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
// Both drivers produce this type, so queries are written once as (db, params) functions.
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: "postgres" | "pglite";
  /** Runs fn while holding a database-wide lock, so concurrent starts migrate once. */
  withMigrationLock<T>(fn: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

const MIGRATION_LOCK_KEY = 7_140_213_001;

export function openPostgresDatabase(url: string, options: { max?: number } = {}): DatabaseHandle {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: 10,
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Database;
  return {
    db,
    driver: "postgres",
    async withMigrationLock(fn) {
      // Advisory locks belong to a session, so migrate over one dedicated connection.
      const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        return await fn(drizzlePostgres({ client: single, schema }) as unknown as Database);
      } finally {
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
        await single.end({ timeout: 5 });
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Nothing in PGlite stops a second process from opening the same folder, and two
 * writers corrupt it, so a lock file names the process that holds the folder.
 */
function lockDataFolder(dir: string): () => void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseConfigError(
      `The data folder ${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}). ` +
        "Make it writable, or set MASTHEAD_DATA_DIR to a folder this user can write.",
    );
  }
  const lockPath = path.join(dir, "masthead.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isProcessAlive(holder)) {
        throw new DatabaseConfigError(
          `The data folder ${dir} is already open in another process (pid ${holder}). ` +
            "Stop that process (is `npm run dev` or `npm start` running?) or set MASTHEAD_DATA_DIR to another folder.",
        );
      }
      // The holder is gone (a crash): the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseConfigError(`Could not lock the data folder ${dir}.`);
}

/** Opens embedded PostgreSQL (PGlite). With no folder it lives in memory, for tests. */
export async function openPgliteDatabase(dataDir?: string): Promise<DatabaseHandle> {
  let release = () => {};
  let client: PGlite;
  if (dataDir) {
    release = lockDataFolder(dataDir);
    try {
      client = await PGlite.create(path.join(dataDir, "pglite"));
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    driver: "pglite",
    // PGlite has one connection in one process: calls are already serialized.
    withMigrationLock: (fn) => fn(db),
    async close() {
      await client.close();
      release();
    },
  };
}

export function resolveDataDir(): string {
  return path.resolve(process.env.MASTHEAD_DATA_DIR || ".data");
}

export async function openDatabaseFromEnv(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgresDatabase(url);
  return openPgliteDatabase(resolveDataDir());
}

// One handle per process, kept on globalThis because Next bundles server code
// into several module graphs that would otherwise each open their own.
const globalForDb = globalThis as typeof globalThis & { __mastheadDb?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  if (!globalForDb.__mastheadDb) {
    globalForDb.__mastheadDb = openDatabaseFromEnv().catch((error: unknown) => {
      globalForDb.__mastheadDb = undefined;
      throw error;
    });
  }
  return globalForDb.__mastheadDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}
