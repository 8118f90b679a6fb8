import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicationSettingsForm } from "@/components/newsroom/settings/publication-settings-form";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { getPublicationSettingsForAdmin } from "@/lib/settings/get-publication-settings-for-admin";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requirePermission("settings.manage", { path: "/newsroom/settings" });
  const settings = await getPublicationSettingsForAdmin(await getDb(), viewer);
  if (!settings) notFound();
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Settings</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        The publication&apos;s name and tagline head every page of the public site, in each language. Changes show on the site at once.
      </p>
      <PublicationSettingsForm settings={settings} timeZones={Intl.supportedValuesOf("timeZone")} />
    </>
  );
}
