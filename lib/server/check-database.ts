import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";

export type DatabaseHealth = { ok: true; driver: DatabaseHandle["driver"]; latencyMs: number } | { ok: false; error: string };

/** Asks the database for a trivial answer, giving up after timeoutMs. */
export async function checkDatabase(open: () => Promise<DatabaseHandle>, timeoutMs = 3000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const handle = await Promise.race([open(), timeout]);
    await Promise.race([handle.db.execute(sql`select 1`), timeout]);
    return { ok: true, driver: handle.driver, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
