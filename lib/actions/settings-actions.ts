"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { failure, formText, withValues, type Failure } from "@/lib/forms/form-state";
import { revalidatePublicSite } from "@/lib/public/revalidate";
import { revalidateSyndication } from "@/lib/public/syndication-cache";
import type { PublicationSettingsField } from "@/lib/settings/publication-settings-schema";
import { updatePublicationSettings } from "@/lib/settings/update-publication-settings";

export type SettingsState = { ok: true; message: string; savedVersion: string } | (Failure<PublicationSettingsField> & { savedVersion?: string });

const FIELD_LABELS = { name: "name", nameKm: "Khmer name", tagline: "tagline", taglineKm: "Khmer tagline", siteUrl: "public address", timezone: "time zone" } as const;

/** Checks `settings.manage` itself, whatever page sent the form. */
export async function updatePublicationSettingsAction(_previous: SettingsState | null, formData: FormData): Promise<SettingsState> {
  const values = {
    name: formText(formData, "name"),
    nameKm: formText(formData, "nameKm"),
    tagline: formText(formData, "tagline"),
    taglineKm: formText(formData, "taglineKm"),
    siteUrl: formText(formData, "siteUrl"),
    timezone: formText(formData, "timezone"),
    savedVersion: formText(formData, "savedVersion"),
  };
  const auth = await authorizeAction("settings.manage", { type: "settings", id: "publication" });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await updatePublicationSettings(await getDb(), values, { actorId: auth.user.id });
  if (!result.ok) return { ...withValues(result, values), savedVersion: result.savedVersion ?? values.savedVersion };
  if (result.changed.length === 0) return { ok: true, message: "Nothing changed.", savedVersion: result.savedVersion };
  // The name and tagline head every public page; the address is in every
  // canonical link, feed and sitemap; the time zone dates the newsroom's pages.
  revalidatePublicSite();
  revalidateSyndication();
  revalidatePath("/newsroom", "layout");
  return { ok: true, message: `Saved: the ${result.changed.map((field) => FIELD_LABELS[field]).join(", ")}.`, savedVersion: result.savedVersion };
}
