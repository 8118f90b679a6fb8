import { and, asc, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { auditLog, users } from "../schema";

export type AuditFilters = {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  until?: Date;
};

export type AuditRow = {
  id: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  fromValue: string | null;
  toValue: string | null;
  note: string;
  details: Record<string, unknown> | null;
  createdAt: Date;
};

function auditWhere(filters: AuditFilters, beforeId?: number): SQL | undefined {
  return and(
    filters.actorId ? eq(auditLog.actorId, filters.actorId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.targetType ? eq(auditLog.targetType, filters.targetType) : undefined,
    filters.targetId ? eq(auditLog.targetId, filters.targetId) : undefined,
    filters.from ? gte(auditLog.createdAt, filters.from) : undefined,
    filters.until ? lt(auditLog.createdAt, filters.until) : undefined,
    beforeId !== undefined ? lt(auditLog.id, beforeId) : undefined,
  );
}

/** Newest first; `beforeId` pages on (ids only grow: the table is append-only). */
export function selectAuditEntries(db: Executor, params: AuditFilters & { beforeId?: number; limit: number }): Promise<AuditRow[]> {
  return db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      fromValue: auditLog.fromValue,
      toValue: auditLog.toValue,
      note: auditLog.note,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(auditWhere(params, params.beforeId))
    .orderBy(desc(auditLog.id))
    .limit(params.limit);
}

/** Every action name in the log, for the filter. */
export async function selectAuditActionNames(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((row) => row.action);
}

/** Every target type in the log, for the filter. */
export async function selectAuditTargetTypes(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ targetType: auditLog.targetType }).from(auditLog).orderBy(asc(auditLog.targetType));
  return rows.map((row) => row.targetType);
}

/** Everyone who appears as an actor, for the filter. */
export function selectAuditActors(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(asc(users.name), asc(users.id));
}
