import type { Database } from "@/db/client";
import { selectDueScheduledForUpdate, selectLatestEventInto, selectLivePublication } from "@/db/queries/workflow";
import { notifyPeople, quoteHeadline, storyPeople } from "@/lib/notifications/notify-people";
import { checkTransition } from "./transitions";
import { unsafeApplyTransition, type PublicChange } from "./unsafe-apply-transition";

export type ScheduledOutcome =
  | { articleId: string; outcome: "published"; publicChange: PublicChange | null }
  | { articleId: string; outcome: "unscheduled"; reason: string };

/** At most this many stories per run, so one run cannot hold the process for long; the next run takes the rest. */
const MAX_PER_RUN = 50;

/**
 * Publishes every scheduled story whose time has come, one transaction per
 * story. Each story is taken with FOR UPDATE SKIP LOCKED and its status is
 * re-checked under the lock, so when several server processes run this at
 * once every story is published by exactly one of them. Stories whose time
 * passed while no server ran are published on the next run (catch-up).
 *
 * A story that fails the publish checklist at its time (say, an editor cleared
 * the lead image's credit meanwhile) is not published: its schedule is
 * cancelled and the people who scheduled and wrote it are told why.
 */
export async function publishDueStories(
  db: Database,
  options: { now?: () => Date; max?: number; log?: Pick<Console, "error"> } = {},
): Promise<ScheduledOutcome[]> {
  const clock = options.now ?? (() => new Date());
  const outcomes: ScheduledOutcome[] = [];
  const max = options.max ?? MAX_PER_RUN;
  // A story whose publication fails unexpectedly is left for the next run, so it cannot block the others behind it.
  const failed: string[] = [];
  let current: string | null = null;
  while (outcomes.length + failed.length < max) {
    const outcome = await db.transaction(async (tx): Promise<ScheduledOutcome | null> => {
      const now = clock();
      current = null;
      const article = await selectDueScheduledForUpdate(tx, { now, excludeIds: failed });
      if (!article) return null;
      current = article.id;
      const live = await selectLivePublication(tx, { articleId: article.id });
      const isLive = live !== null;
      const publish = checkTransition("publish", { status: article.status, isLive, actor: { kind: "system" } });
      if (!publish.ok) throw new Error(`Scheduler cannot publish ${article.id}: ${publish.message}`);
      const published = await unsafeApplyTransition(tx, { article, rule: publish.rule, live, actor: null, note: "", scheduledFor: null, now });
      if (published.ok) return { articleId: article.id, outcome: "published", publicChange: published.publicChange };

      const cancel = checkTransition("unschedule", { status: article.status, isLive, actor: { kind: "system" } });
      if (!cancel.ok) throw new Error(`Scheduler cannot cancel the schedule of ${article.id}: ${cancel.message}`);
      const reason = `Not published at the scheduled time. ${published.message}`;
      const scheduledBy = await selectLatestEventInto(tx, { articleId: article.id, toStatus: "scheduled" });
      const cancelled = await unsafeApplyTransition(tx, { article, rule: cancel.rule, live, actor: null, note: reason, scheduledFor: null, now });
      if (!cancelled.ok) throw new Error(`Scheduler could not cancel the schedule of ${article.id}: ${cancelled.message}`);
      const people = await storyPeople(tx, article);
      await notifyPeople(tx, {
        recipients: scheduledBy?.actorId ? [scheduledBy.actorId, ...people] : people,
        kind: "schedule_failed",
        articleId: article.id,
        actorId: null,
        message: `${quoteHeadline(article.headline)} was not published at its scheduled time and is back to approved. ${published.message}`,
        at: now,
      });
      return { articleId: article.id, outcome: "unscheduled", reason };
    }).catch((error: unknown) => {
      if (!current) throw error;
      failed.push(current);
      (options.log ?? console).error(`Scheduler: could not publish story ${current}; the next run tries again`, error);
      return "failed" as const;
    });
    if (!outcome) break;
    if (outcome !== "failed") outcomes.push(outcome);
  }
  return outcomes;
}

export type SchedulerOptions = {
  getDb: () => Promise<Database>;
  /** Called after each story's transaction commits, to rebuild public pages. */
  onPublicChange: (change: PublicChange) => Promise<void>;
  intervalMs: number;
  log?: Pick<Console, "error" | "info">;
};

type SchedulerHandle = { stop(): void; runNow(): Promise<ScheduledOutcome[]> };

const globalForScheduler = globalThis as typeof globalThis & { __mastheadScheduler?: SchedulerHandle };

/**
 * Runs publishDueStories now (catching up after a restart) and then every
 * `intervalMs`, never two runs at once, in this process. One per process:
 * a second call returns the running scheduler. Its timer does not keep the
 * process alive.
 */
export function startScheduler(options: SchedulerOptions): SchedulerHandle {
  if (globalForScheduler.__mastheadScheduler) return globalForScheduler.__mastheadScheduler;
  const log = options.log ?? console;
  let running: Promise<ScheduledOutcome[]> | null = null;
  let stopped = false;

  const run = async (): Promise<ScheduledOutcome[]> => {
    const outcomes = await publishDueStories(await options.getDb(), { log });
    for (const outcome of outcomes) {
      if (outcome.outcome === "published") {
        log.info(`Scheduler: published story ${outcome.articleId}`);
        if (outcome.publicChange) await options.onPublicChange(outcome.publicChange).catch((error: unknown) => log.error("Scheduler: could not refresh public pages", error));
      } else {
        log.info(`Scheduler: cancelled the schedule of story ${outcome.articleId}: ${outcome.reason}`);
      }
    }
    return outcomes;
  };
  const tick = (): Promise<ScheduledOutcome[]> => {
    if (stopped) return Promise.resolve([]);
    running ??= run()
      .catch((error: unknown) => {
        log.error("Scheduler: a run failed; the next one retries", error);
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  void tick();
  const handle: SchedulerHandle = {
    stop() {
      stopped = true;
      clearInterval(timer);
      if (globalForScheduler.__mastheadScheduler === handle) globalForScheduler.__mastheadScheduler = undefined;
    },
    runNow: tick,
  };
  globalForScheduler.__mastheadScheduler = handle;
  return handle;
}

/** The interval between runs: MASTHEAD_SCHEDULER_INTERVAL_MS (1 s to 60 s), 15 s by default. */
export function schedulerIntervalFromEnv(value = process.env.MASTHEAD_SCHEDULER_INTERVAL_MS): number {
  const parsed = Number.parseInt(value ?? "", 10);
  if (!Number.isFinite(parsed)) return 15_000;
  return Math.min(60_000, Math.max(1_000, parsed));
}
