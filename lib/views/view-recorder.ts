import type { Database } from "@/db/client";
import { selectIsPublished, upsertViewCounts } from "@/db/queries/article-views";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { isBotUserAgent } from "./bot-filter";
import { TtlCache } from "./ttl-cache";
import { ViewBuffer } from "./view-buffer";
import { viewDay } from "./view-day";
import { VisitorDedupe } from "./visitor-dedupe";

export type ViewOutcome = "counted" | "duplicate" | "bot" | "not-published";

export type ViewRecorderOptions = {
  database: () => Promise<Database>;
  /** How often buffered counts are written (default 5 s). */
  flushIntervalMs?: number;
  now?: () => number;
  dedupe?: VisitorDedupe;
  onError?: (error: unknown) => void;
};

const TIME_ZONE_TTL_MS = 10 * 60 * 1000;
// A story just published may be read before this process has seen it, and an
// unpublished one may still collect reads for this long: both harmless.
const PUBLISHED_TTL_MS = 60 * 1000;
const NOT_PUBLISHED_TTL_MS = 5 * 1000;

/**
 * Counts reads: drops robots and repeat visitors, buffers the rest in memory
 * and writes them in batches every few seconds (and when asked to, e.g. on
 * shutdown). A read costs no database write of its own, so a story read
 * thousands of times a second neither loses counts nor holds a row lock per
 * read; the price is that counts reach the database a few seconds late.
 */
export class ViewRecorder {
  private readonly buffer = new ViewBuffer();
  private readonly dedupe: VisitorDedupe;
  private readonly published: TtlCache<boolean>;
  private readonly flushIntervalMs: number;
  private readonly now: () => number;
  private readonly onError: (error: unknown) => void;
  private timer: ReturnType<typeof setInterval> | null = null;
  private timeZone: { value: string; until: number } | null = null;
  private flushing: Promise<void> = Promise.resolve();
  // Settles when the counts buffered so far have been written (or the write failed).
  private nextFlushDone: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor(private readonly options: ViewRecorderOptions) {
    this.flushIntervalMs = options.flushIntervalMs ?? 5_000;
    this.now = options.now ?? Date.now;
    this.dedupe = options.dedupe ?? new VisitorDedupe({ now: this.now });
    this.published = new TtlCache<boolean>({ ttlMs: PUBLISHED_TTL_MS, maxEntries: 50_000, now: this.now });
    this.onError = options.onError ?? ((error) => console.error("Masthead could not write view counts; they stay buffered:", error));
  }

  /** Decides whether one read counts and, if so, buffers it. */
  async record(view: { articleId: string; ip: string; userAgent: string | null }): Promise<ViewOutcome> {
    if (isBotUserAgent(view.userAgent)) return "bot";
    if (!(await this.isPublished(view.articleId))) return "not-published";
    if (!this.dedupe.firstView({ ip: view.ip, userAgent: view.userAgent ?? "" }, view.articleId)) return "duplicate";
    const day = viewDay(new Date(this.now()), await this.newsroomTimeZone());
    this.buffer.add(view.articleId, day);
    this.startTimer();
    return "counted";
  }

  /** A promise that settles once everything buffered now has been written (or its write failed). */
  whenFlushed(): Promise<void> {
    if (this.buffer.isEmpty) return this.flushing;
    if (!this.nextFlushDone) {
      let resolve = () => {};
      const promise = new Promise<void>((done) => (resolve = done));
      this.nextFlushDone = { promise, resolve };
    }
    return this.nextFlushDone.promise;
  }

  /** Writes what is buffered now; flushes run one after another, never side by side. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBuffered());
    return this.flushing;
  }

  /** Reads buffered and not yet written. */
  get pendingViews(): number {
    return this.buffer.pendingViews;
  }

  /** Stops the timer (tests, shutdown); call flush() to write what is left. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async writeBuffered(): Promise<void> {
    const waiter = this.nextFlushDone;
    this.nextFlushDone = null;
    const counts = this.buffer.drain();
    try {
      if (counts.length > 0) await upsertViewCounts(await this.options.database(), counts);
    } catch (error) {
      this.buffer.restore(counts);
      this.onError(error);
    } finally {
      waiter?.resolve();
    }
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.flushIntervalMs);
    // The timer alone must not keep a process alive.
    this.timer.unref?.();
  }

  private async isPublished(articleId: string): Promise<boolean> {
    const cached = this.published.get(articleId);
    if (cached !== undefined) return cached;
    const published = await selectIsPublished(await this.options.database(), articleId);
    this.published.set(articleId, published, published ? PUBLISHED_TTL_MS : NOT_PUBLISHED_TTL_MS);
    return published;
  }

  private async newsroomTimeZone(): Promise<string> {
    const now = this.now();
    if (this.timeZone && this.timeZone.until > now) return this.timeZone.value;
    const value = await getNewsroomTimeZone(await this.options.database());
    this.timeZone = { value, until: now + TIME_ZONE_TTL_MS };
    return value;
  }
}
