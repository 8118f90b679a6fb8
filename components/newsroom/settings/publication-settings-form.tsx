"use client";

import { useActionState } from "react";
import { buttonClass, describedBy, errorsOf, FieldErrors, FormMessage, hintClass, inputClass, labelClass, valueOf } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import { updatePublicationSettingsAction, type SettingsState } from "@/lib/actions/settings-actions";
import type { PublicationSettingsForAdmin } from "@/lib/settings/get-publication-settings-for-admin";

/** The publication's settings, for admins (app/newsroom/settings). */
export function PublicationSettingsForm({ settings, timeZones }: { settings: PublicationSettingsForAdmin; timeZones: readonly string[] }) {
  const [state, formAction, pending] = useActionState<SettingsState | null, FormData>(updatePublicationSettingsAction, null);
  // After a refusal for a stale form, the version it carries is the one that
  // refused it, so that saving again knowingly replaces the other person's.
  const savedVersion = state?.savedVersion ?? settings.savedVersion;
  const timezone = valueOf(state, "timezone", settings.timezone);
  const zones = timeZones.includes(timezone) ? timeZones : [timezone, ...timeZones];
  const zoneErrors = errorsOf(state, "timezone");
  return (
    <form action={formAction} className="max-w-xl space-y-5" noValidate>
      <FormMessage state={state} />
      {/* Remounted on each save, so the fields start from what was saved. */}
      <div key={savedVersion} className="space-y-5">
        <input type="hidden" name="savedVersion" value={savedVersion} />
        <BilingualFields state={state} settings={settings} field="name" label="Name" max={120} required />
        <BilingualFields state={state} settings={settings} field="tagline" label="Tagline" max={200} />
        <TextField
          id="settings-site-url"
          name="siteUrl"
          label="Public address"
          type="url"
          required
          autoCapitalize="none"
          spellCheck={false}
          hint="Where readers find the site, e.g. https://news.example.org: used in canonical links, feeds, sitemaps and shared links."
          defaultValue={valueOf(state, "siteUrl", settings.siteUrl)}
          errors={errorsOf(state, "siteUrl")}
        />
        <div>
          <label htmlFor="settings-timezone" className={labelClass}>
            Time zone
          </label>
          <p id="settings-timezone-hint" className={hintClass}>
            The newsroom&apos;s dates, schedules and the public site&apos;s dates are shown in it.
          </p>
          <select id="settings-timezone" name="timezone" defaultValue={timezone} className={inputClass} {...describedBy("settings-timezone", zoneErrors, "settings-timezone-hint")}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <FieldErrors id="settings-timezone-errors" errors={zoneErrors} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}

/** A text in English and its Khmer version, which falls back to the English one when empty. */
function BilingualFields({
  state,
  settings,
  field,
  label,
  max,
  required,
}: {
  state: SettingsState | null;
  settings: PublicationSettingsForAdmin;
  field: "name" | "tagline";
  label: string;
  max: number;
  required?: boolean;
}) {
  const khmer = `${field}Km` as const;
  return (
    <>
      <TextField id={`settings-${field}`} name={field} label={`${label} (English)`} required={required} maxLength={max} defaultValue={valueOf(state, field, settings[field])} errors={errorsOf(state, field)} />
      <TextField
        id={`settings-${field}-km`}
        name={khmer}
        label={`${label} (Khmer)`}
        lang="km"
        maxLength={max}
        hint={`Shown on the Khmer site; empty: the English ${label.toLowerCase()}.`}
        defaultValue={valueOf(state, khmer, settings[khmer])}
        errors={errorsOf(state, khmer)}
      />
    </>
  );
}
