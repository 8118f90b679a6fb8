import type { IncomingMessage, ServerResponse } from "node:http";

export const FRONT_CACHE_TTL_MS: number;
export const FRONT_CACHE_MAX_BYTES: number;
export const FRONT_CACHE_MAX_ENTRY_BYTES: number;

/** Drops every answer held by every front cache in this process (front-cache.mjs). */
export function invalidateFrontCaches(): void;

/** The request's key, or null when its answer must come from Next. */
export function frontCacheKey(request: IncomingMessage): string | null;

/** How long an answer may be kept (ms), or 0 when it must not be. */
export function storableLifetime(status: number, headers: Record<string, string | string[] | number | undefined>, ttlMs: number): number;

export type FrontCacheOptions = { ttlMs?: number; maxBytes?: number; maxEntryBytes?: number; now?: () => number };

/** A one-second shared cache in front of Next (front-cache.mjs says what it keeps). */
export class FrontCache {
  constructor(options?: FrontCacheOptions);
  readonly ttlMs: number;
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly bytes: number;
  readonly entries: ReadonlyMap<string, { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number; expiresAt: number }>;
  serve(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown;
  invalidate(): void;
  close(): void;
}
