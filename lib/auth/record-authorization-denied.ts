import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import type { Role } from "@/db/schema";
import type { Permission } from "./permissions";

export type AuditTarget = { type: string; id?: string | null };

/**
 * Writes an `authorization.denied` entry. A failure to write it is logged and
 * swallowed: the request is refused either way, and a broken audit write must
 * not turn a clear "forbidden" into a server error.
 */
export async function recordAuthorizationDenied(
  db: Executor,
  params: { actorId: string; role: Role | null; permission: Permission; target: AuditTarget; reason: "forbidden" | "deactivated" },
): Promise<void> {
  try {
    await insertAuditEntry(db, {
      actorId: params.actorId,
      action: "authorization.denied",
      targetType: params.target.type,
      targetId: params.target.id ?? null,
      details: { permission: params.permission, role: params.role, reason: params.reason },
    });
  } catch (error) {
    console.error("Could not record a denied authorization in the audit log", error);
  }
}
