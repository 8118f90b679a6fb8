// Publication times are typed and shown in the newsroom's time zone and stored
// in UTC. Pure: Intl does the time-zone arithmetic, so no library is needed.

export type ParsedScheduleTime = { ok: true; at: Date } | { ok: false; field: "date" | "time"; message: string };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

/** What a clock on the wall in `timeZone` shows at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number.parseInt(part.value, 10);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function asUtcMillis(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** The name the runtime knows a zone by ("asia/phnom_penh" → "Asia/Phnom_Penh"), or null for no zone it knows. */
export function canonicalTimeZone(timeZone: string): string | null {
  if (!timeZone) return null;
  try {
    return partsFormat(timeZone).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

/**
 * The UTC instant at which clocks in `timeZone` show `wanted`, or null when
 * they never do (the hour skipped when clocks go forward).
 */
export function instantOfWallClock(wanted: WallClock, timeZone: string): Date | null {
  const target = asUtcMillis(wanted);
  // Two corrections find the offset even across a change of offset.
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = asUtcMillis(wallClockAt(new Date(guess), timeZone)) - guess;
    const next = target - offset;
    if (next === guess) break;
    guess = next;
  }
  const back = wallClockAt(new Date(guess), timeZone);
  return asUtcMillis(back) === target ? new Date(guess) : null;
}

/**
 * Reads a date ("YYYY-MM-DD") and a time ("HH:MM" or "HH:MM:SS") typed in the
 * newsroom's time zone. Malformed or impossible values are refused in words.
 */
export function parseNewsroomDateTime(date: string, time: string, timeZone: string): ParsedScheduleTime {
  const dateMatch = DATE_PATTERN.exec(date.trim());
  if (!dateMatch) return { ok: false, field: "date", message: "Enter the date as YYYY-MM-DD, for example 2026-05-14." };
  const timeMatch = TIME_PATTERN.exec(time.trim());
  if (!timeMatch) return { ok: false, field: "time", message: "Enter the time as HH:MM on a 24-hour clock, for example 09:30." };
  const [year, month, day] = dateMatch.slice(1, 4).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1, 3).map(Number) as [number, number];
  const second = timeMatch[3] ? Number(timeMatch[3]) : 0;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (year < 2000 || year > 2999 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, field: "date", message: `${date.trim()} is not a date on the calendar.` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, field: "time", message: `${time.trim()} is not a time of day.` };
  const at = instantOfWallClock({ year, month, day, hour, minute, second }, timeZone);
  if (!at) return { ok: false, field: "time", message: `${time.trim()} does not exist on ${date.trim()} in ${timeZone}: the clocks skip it.` };
  return { ok: true, at };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The values of a date and a time input showing `instant` in `timeZone`. */
export function toNewsroomInputs(instant: Date, timeZone: string): { date: string; time: string } {
  const clock = wallClockAt(instant, timeZone);
  return { date: `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`, time: `${pad(clock.hour)}:${pad(clock.minute)}` };
}

/** "14 May 2026, 09:30 (Asia/Phnom_Penh)": how the newsroom reads a scheduled time. */
export function formatNewsroomDateTime(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(instant);
  return `${text} (${timeZone})`;
}
