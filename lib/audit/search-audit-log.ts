import type { Executor } from "@/db/client";
import { selectAuditActionNames, selectAuditActors, selectAuditEntries, selectAuditTargetTypes, type AuditRow } from "@/db/queries/audit-log-search";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";
import { startOfDay, type AuditParams } from "./audit-params";

export const AUDIT_PAGE_SIZE = 50;

export type AuditPage = { entries: AuditRow[]; nextBefore: number | null };

/**
 * One page of the audit trail, newest first, filtered by actor, action,
 * target and dates (days in the newsroom's time zone). Only for people with
 * audit.read (admins); anyone else gets nothing.
 */
export async function searchAuditLog(db: Executor, user: PermissionSubject | null, params: AuditParams, timeZone: string): Promise<AuditPage | null> {
  if (!userCan(user, "audit.read")) return null;
  const rows = await selectAuditEntries(db, {
    actorId: params.actor,
    action: params.action,
    targetType: params.targetType,
    targetId: params.targetId,
    from: params.from ? startOfDay(params.from, timeZone) : undefined,
    until: params.to ? startOfDay(params.to, timeZone, 1) : undefined,
    beforeId: params.before,
    limit: AUDIT_PAGE_SIZE + 1,
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, nextBefore: rows.length > AUDIT_PAGE_SIZE ? (entries.at(-1)?.id ?? null) : null };
}

export async function listAuditFilterOptions(db: Executor, user: PermissionSubject | null) {
  if (!userCan(user, "audit.read")) return { actions: [], targetTypes: [], actors: [] };
  const [actions, targetTypes, actors] = await Promise.all([selectAuditActionNames(db), selectAuditTargetTypes(db), selectAuditActors(db)]);
  return { actions, targetTypes, actors };
}
