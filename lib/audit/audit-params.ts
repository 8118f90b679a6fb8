import { z } from "zod";
import { storableText } from "@/lib/forms/storable-text";
import { instantOfWallClock } from "@/lib/workflow/schedule-time";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The audit page's filters, as the URL gives them; bad values are dropped, never trusted. */
export type AuditParams = {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** YYYY-MM-DD in the newsroom's time zone, inclusive. */
  from?: string;
  to?: string;
  before?: number;
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const schema = z.object({
  actor: z.uuid().optional().catch(undefined),
  action: storableText(z.string().trim().min(1).max(100)).optional().catch(undefined),
  targetType: storableText(z.string().trim().min(1).max(50)).optional().catch(undefined),
  targetId: storableText(z.string().trim().min(1).max(200)).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
}

export function parseAuditParams(raw: RawSearchParams): AuditParams {
  const parsed = schema.parse({
    actor: first(raw.actor),
    action: first(raw.action),
    targetType: first(raw.targetType),
    targetId: first(raw.targetId),
    from: first(raw.from),
    to: first(raw.to),
    before: first(raw.before),
  });
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as AuditParams;
}

/** Midnight starting `date` (YYYY-MM-DD) in `timeZone`, or undefined for a date that does not exist. */
export function startOfDay(date: string, timeZone: string, addDays = 0): Date | undefined {
  const [year, month, dayOfMonth] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, dayOfMonth + addDays));
  if (addDays === 0 && (shifted.getUTCMonth() !== month - 1 || shifted.getUTCDate() !== dayOfMonth)) return undefined;
  return (
    instantOfWallClock({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone) ??
    instantOfWallClock({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: 1, minute: 0, second: 0 }, timeZone) ??
    undefined
  );
}

/** The same filters as a query string (without the page cursor unless given). */
export function auditSearch(params: AuditParams, overrides: Partial<AuditParams> = {}): string {
  const merged: AuditParams = { ...params, before: undefined, ...overrides };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
