import type { Executor } from "@/db/client";
import { insertAuditEntry, type AuditEntry } from "@/db/queries/audit-log";

/**
 * Appends one entry to the audit trail, inside the caller's transaction so it
 * stands or falls with the change it records. The table refuses UPDATE and
 * DELETE (a trigger), and nothing in the app offers either.
 */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await insertAuditEntry(db, entry);
}
