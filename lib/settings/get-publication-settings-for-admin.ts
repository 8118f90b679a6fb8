import type { Executor } from "@/db/client";
import { selectPublicationSettings } from "@/db/queries/settings";
import { PUBLICATION_DEFAULTS } from "@/db/schema";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";

export type PublicationSettingsForAdmin = {
  name: string;
  nameKm: string;
  tagline: string;
  taglineKm: string;
  siteUrl: string;
  timezone: string;
  /** When they were last saved (ISO), sent back with the form; empty before the first save. */
  savedVersion: string;
};

/** The settings as the settings page shows them; null for anyone who may not manage them. */
export async function getPublicationSettingsForAdmin(db: Executor, viewer: PermissionSubject | null): Promise<PublicationSettingsForAdmin | null> {
  if (!userCan(viewer, "settings.manage")) return null;
  const row = await selectPublicationSettings(db);
  // A database never seeded (production) has no row yet: the public site shows these defaults.
  if (!row) {
    const { name, siteUrl, timezone } = PUBLICATION_DEFAULTS;
    return { name, nameKm: "", tagline: "", taglineKm: "", siteUrl, timezone, savedVersion: "" };
  }
  return {
    name: row.name,
    nameKm: row.nameKm,
    tagline: row.tagline,
    taglineKm: row.taglineKm,
    siteUrl: row.siteUrl,
    timezone: row.timezone,
    savedVersion: row.updatedAt.toISOString(),
  };
}
