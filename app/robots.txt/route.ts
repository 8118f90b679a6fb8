import { connection } from "next/server";
import { cachedRobotsTxt, syndicationResponse } from "@/lib/public/syndication-cache";

// /robots.txt, built from the configured site address (see buildRobotsTxt).
export async function GET(): Promise<Response> {
  // Built per request from cached XML: nothing may read the database at build time.
  await connection();
  return syndicationResponse(await cachedRobotsTxt(), "text/plain; charset=utf-8");
}
