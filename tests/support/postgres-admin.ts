import { randomBytes } from "node:crypto";
import postgres from "postgres";

// Creating and dropping whole databases on the server DATABASE_URL names, for
// test runs that each want a database of their own.

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function quoteName(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`Refusing an unexpected database name: ${name}`);
  return `"${name}"`;
}

/** A fresh name like `prefix_1a2b3c4d5e6f`, safe to use unquoted. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

/** The same server and credentials as `url`, pointing at another database. */
export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * CREATE DATABASE, optionally as a copy of `template`. PostgreSQL refuses to copy
 * a template that has a session open on it; a session closing a moment ago can
 * still be counted, so that refusal is retried a few times.
 */
export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  const statement = `CREATE DATABASE ${quoteName(name)}${template ? ` TEMPLATE ${quoteName(template)}` : ""}`;
  await withAdmin(url, async (sql) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await sql.unsafe(statement);
        return;
      } catch (error) {
        const busy = error instanceof Error && /is being accessed by other users/.test(error.message);
        if (!busy || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
}

/** DROP DATABASE, closing any session still connected to it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdmin(url, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${quoteName(name)} WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix` (leftovers of files that crashed). */
export async function dropDatabasesWithPrefix(url: string, prefix: string): Promise<string[]> {
  return withAdmin(url, async (sql) => {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${prefix})`;
    for (const { datname } of rows) await sql.unsafe(`DROP DATABASE IF EXISTS ${quoteName(datname)} WITH (FORCE)`);
    return rows.map((row) => row.datname);
  });
}
