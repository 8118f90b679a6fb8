import { createHmac, randomBytes } from "node:crypto";

const DAY_MS = 24 * 60 * 60 * 1000;

export type VisitorDedupeOptions = {
  /** How long one visitor's read of one article counts once (default 30 minutes). */
  windowMs?: number;
  /** Most entries kept; the oldest go first past it (default 100,000). */
  maxEntries?: number;
  now?: () => number;
  /** A fresh secret key; a new one is drawn each UTC day. */
  newKey?: () => Buffer;
};

/**
 * Remembers who has just read what, without remembering who anyone is: a
 * visitor is an HMAC of address, user agent and article id under a random key
 * that lives only in this process's memory and is replaced every day, so the
 * digests can be linked to no one and to nothing from another day. Nothing is
 * written anywhere.
 *
 * A visitor counts once per article per window. Every entry lives the same
 * window, so the map's insertion order is also expiry order: expired entries
 * are dropped from the front, and when the map is full the oldest go first
 * (which can only let a reader count twice, never lose a count).
 */
export class VisitorDedupe {
  private readonly windowMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly newKey: () => Buffer;
  private readonly seen = new Map<string, number>();
  private keyDay = Number.NaN;
  private key: Buffer = Buffer.alloc(0);
  // Yesterday's key, kept until yesterday's last entries expire, so a read
  // just before midnight still dedupes a reload just after.
  private previousKey: Buffer | null = null;
  private previousKeyUntil = 0;

  constructor(options: VisitorDedupeOptions = {}) {
    this.windowMs = options.windowMs ?? 30 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.now = options.now ?? Date.now;
    this.newKey = options.newKey ?? (() => randomBytes(32));
  }

  /** True the first time this visitor reads this article within the window; false on a repeat. */
  firstView(visitor: { ip: string; userAgent: string }, articleId: string): boolean {
    const now = this.now();
    this.rotateKey(now);
    this.dropExpired(now);
    const digest = this.digest(this.key, visitor, articleId);
    if (this.isLive(digest, now)) return false;
    if (this.previousKey && now < this.previousKeyUntil && this.isLive(this.digest(this.previousKey, visitor, articleId), now)) return false;
    this.seen.set(digest, now + this.windowMs);
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return true;
  }

  /** Entries held now (for tests and monitoring). */
  get size(): number {
    return this.seen.size;
  }

  private isLive(digest: string, now: number): boolean {
    const expires = this.seen.get(digest);
    return expires !== undefined && expires > now;
  }

  private digest(key: Buffer, visitor: { ip: string; userAgent: string }, articleId: string): string {
    // NUL separators: no field can run into the next.
    return createHmac("sha256", key).update(`${visitor.ip}\0${visitor.userAgent}\0${articleId}`).digest("base64url").slice(0, 22);
  }

  private rotateKey(now: number): void {
    const day = Math.floor(now / DAY_MS);
    if (day === this.keyDay) return;
    if (!Number.isNaN(this.keyDay)) {
      this.previousKey = this.key;
      this.previousKeyUntil = now + this.windowMs;
    }
    this.keyDay = day;
    this.key = this.newKey();
  }

  private dropExpired(now: number): void {
    for (const [digest, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(digest);
    }
    if (this.previousKey && now >= this.previousKeyUntil) this.previousKey = null;
  }
}
