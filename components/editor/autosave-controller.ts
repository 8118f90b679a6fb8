import {
  articleMetaSchema,
  draftErrors,
  MAX_SAVE_BYTES,
  type ArticleDraft,
  type FieldErrors,
  type SaveOutcome,
  type SaveRequest,
  type ServerCopy,
} from "@/lib/articles/article-input";

// The editor's saving, as a plain object so it can be tested without a
// browser. Rules it keeps:
// - one save per story in flight; the newest state goes out after it, so an
//   older save can never land after a newer one;
// - every save names the version it was based on, and a refusal as out of
//   date stops saving until the person chooses what to do;
// - a copy of unsaved work is kept on the device, so a crash, a closed tab or
//   a lost connection loses nothing.

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "failed"; reason: string; fieldErrors: FieldErrors }
  | { kind: "conflict"; current: ServerCopy; mine: ArticleDraft };

/** What a transport returns: the server's answer, or why it never arrived. */
export type TransportResult = SaveOutcome | { ok: false; code: "network"; error: string } | { ok: false; code: "server"; error: string };
/** Sends a save; `body` is the request already serialised (the controller measured it). */
export type SaveTransport = (request: SaveRequest, options: { keepalive: boolean; body?: string }) => Promise<TransportResult>;

export type LocalCopy = { draft: ArticleDraft; baseVersion: number; savedAt: string };
export interface LocalCopyStore {
  read(): LocalCopy | null;
  write(copy: LocalCopy): void;
  clear(): void;
}

export type AutosaveOptions = {
  /** The version and content the server holds as the editor opens. */
  version: number;
  saved: ArticleDraft;
  /** Reads the editor's current state (called at most once per timer, never per keystroke). */
  read: () => ArticleDraft;
  send: SaveTransport;
  store: LocalCopyStore;
  onStatus: (status: SaveStatus) => void;
  isOnline?: () => boolean;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest wait while someone keeps typing without a pause. */
  maxWaitMs?: number;
  /** How soon after a change the device copy is written (the issue asks for at least every 2 s). */
  localCopyMs?: number;
  /** Retry after a network failure or a server error. */
  retryMs?: number;
  /**
   * Runs the timed work (the device copy, preparing a save) when the page is
   * idle, within `deadlineMs`: in the browser, requestIdleCallback, so that
   * serialising a long story lands between keystrokes instead of delaying one.
   * Default: at once.
   */
  whenIdle?: (task: () => void, deadlineMs: number) => void;
  now?: () => Date;
};

/** Longest wait for an idle moment; with localCopyMs it keeps the device copy under two seconds behind. */
export const IDLE_DEADLINE_MS = 300;

type PumpResult = "confirmed" | "busy" | "failed";

export class AutosaveController {
  private version: number;
  /**
   * The last content the server confirmed, serialised as the editor wrote it.
   * Comparing plain JSON (no key sorting) keeps each save cheap on a long
   * story; a mismatch in key order only costs a save that changes nothing.
   */
  private savedJson: string;
  private savedDraft: ArticleDraft;
  private status: SaveStatus = { kind: "idle" };
  /** Edits since the last read. */
  private dirty = false;
  /** The editor holds content the server has not confirmed. */
  private unsaved = false;
  private inFlight: Promise<void> | null = null;
  /** Saving waits for the person: after a conflict or a refusal, or during a merge by hand. */
  private blocked: "conflict" | "refused" | "merging" | null = null;
  private firstChangeAt: number | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private localTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private readonly o: Required<AutosaveOptions>;

  constructor(options: AutosaveOptions) {
    this.o = {
      isOnline: () => true,
      debounceMs: 1_000,
      maxWaitMs: 10_000,
      localCopyMs: 1_500,
      retryMs: 10_000,
      now: () => new Date(),
      ...options,
      whenIdle: options.whenIdle ?? ((task) => task()),
    };
    this.version = options.version;
    this.savedJson = JSON.stringify(options.saved);
    this.savedDraft = options.saved;
  }

  /** The version and content the server is known to hold. */
  get confirmed(): { version: number; draft: ArticleDraft } {
    return { version: this.version, draft: this.savedDraft };
  }

  get currentVersion(): number {
    return this.version;
  }

  get currentStatus(): SaveStatus {
    return this.status;
  }

  hasUnsavedChanges(): boolean {
    return this.unsaved || this.dirty || this.inFlight !== null;
  }

  /** Call on every edit; cheap, it only starts timers. */
  changed(): void {
    if (this.disposed) return;
    this.dirty = true;
    this.unsaved = true;
    if (this.blocked === "refused") this.blocked = null;
    this.firstChangeAt ??= Date.now();
    this.localTimer ??= setTimeout(() => {
      this.o.whenIdle(() => {
        this.localTimer = null;
        if (!this.disposed) this.writeLocalCopy();
      }, IDLE_DEADLINE_MS);
    }, this.o.localCopyMs);
    if (this.blocked) return;
    if (!this.o.isOnline()) {
      this.setStatus({ kind: "offline" });
      return;
    }
    // From the first change until the server confirms it, the work is on its way.
    if (this.status.kind !== "saving") this.setStatus({ kind: "saving" });
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    const waited = Date.now() - this.firstChangeAt;
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      this.o.whenIdle(() => void this.pump(false), IDLE_DEADLINE_MS);
    }, Math.max(0, Math.min(this.o.debounceMs, this.o.maxWaitMs - waited)));
  }

  /**
   * Saves now (after any save in flight) and resolves true once the server
   * holds the editor's current state, false if that could not happen.
   */
  async flush(options: { keepalive?: boolean } = {}): Promise<boolean> {
    this.clearDebounce();
    if (this.blocked === "conflict" || this.blocked === "merging") return false;
    this.blocked = null;
    for (let attempt = 0; attempt < 10; attempt++) {
      if (this.inFlight) await this.inFlight;
      const result = await this.pump(options.keepalive ?? false);
      if (result === "confirmed") return true;
      if (result === "failed") return false;
    }
    return false;
  }

  /** The page is going away: keep a copy on the device now, and send what can still be sent. */
  leave(): void {
    if (!this.hasUnsavedChanges()) return;
    this.writeLocalCopy();
    if (!this.inFlight && !this.blocked && this.o.isOnline()) void this.pump(true);
  }

  online(): void {
    if (this.status.kind === "offline" || this.unsaved || this.dirty) void this.flush();
  }

  offline(): void {
    if (this.blocked === "conflict") return;
    this.setStatus({ kind: "offline" });
  }

  /** A workflow step moved the version on without changing the content. */
  adoptVersion(version: number): void {
    if (version > this.version) this.version = version;
  }

  /** Conflict resolved by taking the server's copy: the editor now shows it. */
  acceptServerCopy(copy: ServerCopy): void {
    this.version = copy.version;
    this.savedJson = JSON.stringify(copy.draft);
    this.savedDraft = copy.draft;
    this.blocked = null;
    this.dirty = false;
    this.unsaved = false;
    this.firstChangeAt = null;
    this.clearDebounce();
    this.o.store.clear();
    this.setStatus({ kind: "saved", at: new Date(copy.updatedAt) });
  }

  /**
   * The story changed on the server by another route (a revision restored from
   * the history panel). With nothing unsaved the editor takes it ("accepted");
   * with unsaved work it is a conflict like any other, so nothing is dropped.
   */
  serverChanged(copy: ServerCopy): "accepted" | "conflict" {
    if (!this.hasUnsavedChanges()) {
      this.acceptServerCopy(copy);
      return "accepted";
    }
    this.blocked = "conflict";
    this.clearDebounce();
    const mine = this.o.read();
    this.writeLocalCopy();
    this.setStatus({ kind: "conflict", current: copy, mine });
    return "conflict";
  }

  /** Merge by hand: later saves are based on the server's version, and wait for finishMerge. */
  startMerge(copy: ServerCopy): void {
    this.version = copy.version;
    this.savedJson = JSON.stringify(copy.draft);
    this.savedDraft = copy.draft;
    this.blocked = "merging";
    this.unsaved = true;
    this.clearDebounce();
    this.writeLocalCopy();
  }

  finishMerge(): Promise<boolean> {
    if (this.blocked === "merging") this.blocked = null;
    this.dirty = true;
    return this.flush();
  }

  /**
   * The editor now shows a copy restored from this device. It is sent as
   * based on the version it was made from, so if the story moved on since,
   * the save meets a conflict instead of overwriting the newer version.
   */
  restoreLocal(copy: LocalCopy): void {
    this.version = copy.baseVersion;
    this.blocked = null;
    this.changed();
  }

  /** The conflict copy was kept as a separate story: this one no longer has unsaved work. */
  discardUnsaved(): void {
    this.blocked = "conflict";
    this.dirty = false;
    this.unsaved = false;
    this.clearDebounce();
    this.o.store.clear();
  }

  dispose(): void {
    this.disposed = true;
    this.clearDebounce();
    for (const timer of [this.localTimer, this.retryTimer]) if (timer) clearTimeout(timer);
  }

  private clearDebounce(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.o.onStatus(status);
  }

  private writeLocalCopy(): void {
    if (!this.unsaved && !this.dirty) return;
    const draft = this.o.read();
    if (JSON.stringify(draft) === this.savedJson && !this.inFlight && this.blocked !== "merging") {
      this.o.store.clear();
      return;
    }
    this.o.store.write({ draft, baseVersion: this.version, savedAt: this.o.now().toISOString() });
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.hasUnsavedChanges() && !this.blocked) void this.pump(false);
    }, this.o.retryMs);
  }

  private async pump(keepalive: boolean): Promise<PumpResult> {
    if (this.disposed) return "failed";
    if (this.inFlight) return "busy";
    if (this.blocked) return "failed";
    const draft = this.o.read();
    this.dirty = false;
    const json = JSON.stringify(draft);
    if (json === this.savedJson) {
      this.unsaved = false;
      this.firstChangeAt = null;
      this.o.store.clear();
      if (this.status.kind !== "saved") this.setStatus(this.status.kind === "idle" ? this.status : { kind: "saved", at: this.o.now() });
      return "confirmed";
    }
    // The server's checks of the fields, so a draft it would refuse is not sent over a slow
    // connection. The body comes from an editor built on the story schema itself.
    const checked = articleMetaSchema.safeParse(draft);
    if (!checked.success) {
      const { error, fieldErrors } = draftErrors(checked.error);
      this.blocked = "refused";
      this.writeLocalCopy();
      this.setStatus({ kind: "failed", reason: error, fieldErrors });
      return "failed";
    }
    const request: SaveRequest = { baseVersion: this.version, draft };
    const body = `{"baseVersion":${this.version},"draft":${json}}`;
    // UTF-8 takes at most three bytes per UTF-16 unit: count exactly only near the limit.
    const size = body.length * 3 <= MAX_SAVE_BYTES ? body.length : new TextEncoder().encode(body).byteLength;
    if (size > MAX_SAVE_BYTES) {
      this.blocked = "refused";
      this.writeLocalCopy();
      this.setStatus({ kind: "failed", reason: tooLargeMessage(size), fieldErrors: {} });
      return "failed";
    }
    if (!this.o.isOnline()) {
      this.dirty = true;
      this.writeLocalCopy();
      this.setStatus({ kind: "offline" });
      return "failed";
    }

    this.firstChangeAt = null;
    this.setStatus({ kind: "saving" });
    let outcome: TransportResult = { ok: false, code: "network", error: "No answer." };
    const flight = (async () => {
      try {
        outcome = await this.o.send(request, { keepalive, body });
      } catch (error) {
        outcome = { ok: false, code: "network", error: error instanceof Error ? error.message : String(error) };
      }
    })();
    this.inFlight = flight;
    await flight;
    this.inFlight = null;
    return this.settle(outcome, json, draft);
  }

  private settle(outcome: TransportResult, json: string, draft: ArticleDraft): PumpResult {
    if (outcome.ok) {
      this.version = outcome.version;
      this.savedJson = json;
      this.savedDraft = draft;
      if (this.dirty) {
        // Typing went on while it was saving: keep the newer work on the device and send it next.
        this.writeLocalCopy();
        this.changedDuringFlight();
        return "busy";
      }
      this.unsaved = false;
      this.o.store.clear();
      this.setStatus({ kind: "saved", at: new Date(outcome.savedAt) });
      return "confirmed";
    }
    this.dirty = true;
    this.writeLocalCopy();
    switch (outcome.code) {
      case "conflict":
        this.blocked = "conflict";
        this.setStatus({ kind: "conflict", current: outcome.current, mine: draft });
        return "failed";
      case "network":
        this.setStatus({ kind: "offline" });
        this.scheduleRetry();
        return "failed";
      case "server":
        this.setStatus({ kind: "failed", reason: outcome.error, fieldErrors: {} });
        this.scheduleRetry();
        return "failed";
      case "invalid":
        this.blocked = "refused";
        this.setStatus({ kind: "failed", reason: outcome.error, fieldErrors: outcome.fieldErrors });
        return "failed";
      default:
        this.blocked = "refused";
        this.setStatus({ kind: "failed", reason: outcome.error, fieldErrors: {} });
        return "failed";
    }
  }

  private changedDuringFlight(): void {
    this.clearDebounce();
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.pump(false);
    }, this.o.debounceMs);
  }
}

export function tooLargeMessage(bytes: number): string {
  return `the story is too large to save (${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is ${MAX_SAVE_BYTES / (1024 * 1024)} MB). Remove some of the text or split the story.`;
}
