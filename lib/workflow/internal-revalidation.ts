import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { getAuthSecret } from "@/lib/auth/secret";
import type { PublicChange } from "./unsafe-apply-transition";

// Next's revalidatePath works only inside a request (a server action or a
// route handler): called from the scheduler's timer it throws "static
// generation store missing". So after the scheduler commits a publication it
// asks this same server, over loopback, to run the route handler
// app/api/internal/revalidate/route.ts, which revalidates inside a request.
// The request carries a token derived from the session secret, so nobody
// else can use the route (not that rebuilding a page would do much harm).

export const INTERNAL_TOKEN_HEADER = "x-masthead-internal-token";
export const INTERNAL_REVALIDATE_PATH = "/api/internal/revalidate";

export const publicChangeSchema = z.strictObject({
  language: z.enum(["en", "km"]),
  slug: z.string().min(1).max(1000),
  previousSlug: z.string().min(1).max(1000).nullable(),
});

/** A key of its own for this purpose, derived from the session secret (never the secret itself). */
export function internalRevalidationToken(secret = getAuthSecret()): string {
  return createHmac("sha256", secret).update("masthead:internal-revalidate:v1").digest("base64url");
}

export function isInternalRevalidationToken(candidate: string | null, secret?: string): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(internalRevalidationToken(secret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Where this server answers itself: MASTHEAD_INTERNAL_ORIGIN when set (say,
 * behind a socket or a custom host), else the port `next start` listens on.
 */
export function internalOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const configured = env.MASTHEAD_INTERNAL_ORIGIN?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return env.PORT ? `http://127.0.0.1:${env.PORT}` : null;
}

/** Asks this server to rebuild the public pages of a story; throws with the reason when it cannot. */
export async function requestPublicRevalidation(change: PublicChange, options: { origin?: string | null; fetcher?: typeof fetch } = {}): Promise<void> {
  const origin = options.origin === undefined ? internalOrigin() : options.origin;
  if (!origin) throw new Error("No internal origin (PORT or MASTHEAD_INTERNAL_ORIGIN) to ask for a revalidation; pages refresh on their own within a minute.");
  const response = await (options.fetcher ?? fetch)(`${origin}${INTERNAL_REVALIDATE_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: internalRevalidationToken() },
    body: JSON.stringify(publicChangeSchema.parse(change)),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Internal revalidation answered ${response.status}`);
}
