import { getDatabaseHandle } from "@/db/client";
import { checkDatabase } from "@/lib/server/check-database";

export const dynamic = "force-dynamic";

// Public by design: it says whether the database answers, and nothing else of note.
export async function GET() {
  const health = await checkDatabase(getDatabaseHandle);
  const body = health.ok
    ? { status: "ok", database: { status: "up", driver: health.driver, latencyMs: health.latencyMs } }
    : { status: "error", database: { status: "down", error: health.error } };
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
