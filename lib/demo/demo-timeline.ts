import type { ArticleStatus } from "../../db/schema";
import type { DemoArticle, DemoStatus } from "./demo-article-types";
import { atNewsroomTime, DAY_MS, HOUR_MS, NEWSROOM_TIMEZONE, newsroomDay } from "./demo-dates";

/** Who moved a story: its first byline, or the editor who reviewed it. */
export type DemoActor = "author" | "reviewer";

type TrailStep = { status: ArticleStatus; hoursBefore: number; by: DemoActor; note?: boolean };

// The steps each story went through, counted back from its last move, as the
// newsroom's workflow would have recorded them. The first step creates the draft.
const TRAILS: Record<DemoStatus, TrailStep[]> = {
  published: [
    { status: "draft", hoursBefore: 22, by: "author" },
    { status: "in_review", hoursBefore: 6, by: "author" },
    { status: "approved", hoursBefore: 2, by: "reviewer" },
    { status: "published", hoursBefore: 0, by: "reviewer" },
  ],
  draft: [{ status: "draft", hoursBefore: 0, by: "author" }],
  in_review: [
    { status: "draft", hoursBefore: 30, by: "author" },
    { status: "in_review", hoursBefore: 0, by: "author" },
  ],
  changes_requested: [
    { status: "draft", hoursBefore: 60, by: "author" },
    { status: "in_review", hoursBefore: 14, by: "author" },
    { status: "changes_requested", hoursBefore: 0, by: "reviewer", note: true },
  ],
  scheduled: [
    { status: "draft", hoursBefore: 50, by: "author" },
    { status: "in_review", hoursBefore: 20, by: "author" },
    { status: "approved", hoursBefore: 2, by: "reviewer" },
    { status: "scheduled", hoursBefore: 0, by: "reviewer" },
  ],
  archived: [
    { status: "draft", hoursBefore: 48, by: "author" },
    { status: "in_review", hoursBefore: 24, by: "author" },
    { status: "archived", hoursBefore: 0, by: "reviewer", note: true },
  ],
};

export type DemoEvent = { fromStatus: ArticleStatus | null; toStatus: ArticleStatus; at: Date; by: DemoActor; withNote: boolean };

export type DemoTimeline = {
  createdAt: Date;
  /** The last workflow move: the article's updatedAt unless a correction came later. */
  lastMove: Date;
  publishedAt: Date | null;
  scheduledFor: Date | null;
  /** When the correction was added, for a published story that has one. */
  correctedAt: Date | null;
  events: DemoEvent[];
};

// A scheduled story waits less than a day in the queue before its slot.
const SCHEDULED_AT_HOUR = 7;
const QUEUED_HOURS = 17;

function minuteFloor(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

// Newsroom hours: a demo story is not published at three in the morning.
const FIRST_HOUR = 6;
const LAST_HOUR = 21;

/** When the story's edition was published (or last moved), relative to the seed's "now". */
export function editionDate(article: DemoArticle, now: Date): Date {
  const date = new Date(now.getTime() - article.daysAgo * DAY_MS);
  if (article.status === "scheduled") return atNewsroomTime(date, SCHEDULED_AT_HOUR);
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: NEWSROOM_TIMEZONE, hour: "numeric", hourCycle: "h23" }).format(date));
  const minute = date.getUTCMinutes();
  let inHours = date;
  if (hour < FIRST_HOUR) inHours = atNewsroomTime(date, FIRST_HOUR, minute);
  if (hour > LAST_HOUR) inHours = atNewsroomTime(date, LAST_HOUR, minute);
  // Seeding in the small hours must not date a story in the future.
  return minuteFloor(new Date(Math.min(inHours.getTime(), now.getTime() - 15 * 60_000)));
}

export function planTimeline(article: DemoArticle, now: Date, hasCorrection: boolean): DemoTimeline {
  const date = editionDate(article, now);
  const scheduledFor = article.status === "scheduled" ? date : null;
  // A scheduled story last moved when it was put in the queue, before its slot.
  const lastMove = scheduledFor ? minuteFloor(new Date(Math.min(now.getTime(), scheduledFor.getTime()) - QUEUED_HOURS * HOUR_MS)) : date;
  const trail = TRAILS[article.status];
  const events = trail.map((step, index) => ({
    fromStatus: index === 0 ? null : (trail[index - 1]?.status ?? null),
    toStatus: step.status,
    at: new Date(lastMove.getTime() - step.hoursBefore * HOUR_MS),
    by: step.by,
    withNote: step.note === true,
  }));
  const publishedAt = article.status === "published" ? date : null;
  // Corrections arrive the next day, never after the seed itself.
  const correctedAt =
    publishedAt && hasCorrection ? minuteFloor(new Date(Math.min(publishedAt.getTime() + 20 * HOUR_MS, now.getTime() - 10 * 60_000))) : null;
  return { createdAt: events[0]?.at ?? lastMove, lastMove, publishedAt, scheduledFor, correctedAt, events };
}

/**
 * A plausible reading curve: most views on the day of publication, tailing
 * off after. Days are newsroom-local calendar days, as the view counter keeps them.
 */
export function dailyViews(total: number, publishedAt: Date, now: Date): { day: string; views: number }[] {
  const days: string[] = [];
  for (let at = publishedAt.getTime(); ; at += DAY_MS) {
    const day = newsroomDay(new Date(Math.min(at, now.getTime())));
    if (days[days.length - 1] !== day) days.push(day);
    if (at >= now.getTime()) break;
  }
  const weights = days.map((_, index) => 0.55 ** index);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.floor((total * weight) / sum));
  // Give the rounding remainder to the first day, so the days add up to the total.
  counts[0] = (counts[0] ?? 0) + total - counts.reduce((a, b) => a + b, 0);
  return days.map((day, index) => ({ day, views: counts[index] ?? 0 })).filter((row) => row.views > 0);
}
