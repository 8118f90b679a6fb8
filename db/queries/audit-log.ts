import type { Executor } from "../client";
import { auditLog } from "../schema";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  fromValue?: string | null;
  toValue?: string | null;
  note?: string;
  details?: Record<string, unknown> | null;
};

export async function insertAuditEntry(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
