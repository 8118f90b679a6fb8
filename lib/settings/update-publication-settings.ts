import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectPublicationSettingsForUpdate, upsertPublicationSettings, type PublicationSettingsChange } from "@/db/queries/settings";
import { failure, zodFailure, type Untrusted } from "@/lib/forms/form-state";
import { formatNewsroomDateTime } from "@/lib/workflow/schedule-time";
import {
  PUBLICATION_SETTINGS_FIELDS,
  publicationSettingsSchema,
  type PublicationSettingsFailure,
  type PublicationSettingsField,
  type PublicationSettingsInput,
} from "./publication-settings-schema";

export type UpdatePublicationSettingsResult =
  | { ok: true; changed: (keyof PublicationSettingsChange)[]; savedVersion: string }
  | (PublicationSettingsFailure & { savedVersion?: string });

const EDITABLE = ["name", "nameKm", "tagline", "taglineKm", "siteUrl", "timezone"] as const satisfies readonly (keyof PublicationSettingsChange)[];

/**
 * Saves the publication's name and tagline (English and Khmer), public
 * address and time zone. The caller has checked `settings.manage`. A form
 * opened before someone else saved is refused, naming when they saved, and
 * carries their version back so that saving again knowingly replaces it.
 */
export async function updatePublicationSettings(
  db: Executor,
  input: Untrusted<PublicationSettingsInput>,
  actor: { actorId: string },
  now: Date = new Date(),
): Promise<UpdatePublicationSettingsResult> {
  const parsed = publicationSettingsSchema.safeParse(input);
  if (!parsed.success) return zodFailure(parsed.error, PUBLICATION_SETTINGS_FIELDS);
  const { savedVersion, ...values } = parsed.data;

  return db.transaction(async (tx): Promise<UpdatePublicationSettingsResult> => {
    const before = await selectPublicationSettingsForUpdate(tx);
    const currentVersion = before?.updatedAt.toISOString() ?? "";
    if (savedVersion !== currentVersion) {
      const when = before ? ` at ${formatNewsroomDateTime(before.updatedAt, before.timezone)}` : "";
      return {
        ...failure<PublicationSettingsField>(
          `Someone else saved these settings${when}, after you opened this page. Nothing was saved; your changes are still in the form. Save again to replace theirs with yours, or reload to see theirs.`,
        ),
        savedVersion: currentVersion,
      };
    }
    const changed = EDITABLE.filter((field) => before?.[field] !== values[field]);
    if (before && changed.length === 0) return { ok: true, changed, savedVersion: currentVersion };
    const after = await upsertPublicationSettings(tx, { ...values, updatedAt: now });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: "settings.updated",
      targetType: "settings",
      targetId: "publication",
      details: {
        changed,
        from: before ? Object.fromEntries(changed.map((field) => [field, before[field]])) : null,
        to: Object.fromEntries(changed.map((field) => [field, values[field]])),
      },
    });
    return { ok: true, changed, savedVersion: after.updatedAt.toISOString() };
  });
}
