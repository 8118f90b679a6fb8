import { z } from "zod";
import type { Failure } from "@/lib/forms/form-state";
import { canonicalTimeZone } from "@/lib/workflow/schedule-time";

// The publication's settings as admins edit them (app/newsroom/settings): the
// same schema checks the form's input in the action and in the domain function.

export const PUBLICATION_SETTINGS_FIELDS = ["name", "nameKm", "tagline", "taglineKm", "siteUrl", "timezone", "savedVersion"] as const;
export type PublicationSettingsField = (typeof PUBLICATION_SETTINGS_FIELDS)[number];
export type PublicationSettingsFailure = Failure<PublicationSettingsField>;

const NAME_MAX = 120;
const TAGLINE_MAX = 200;

function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .default("");
}

const SITE_URL_MESSAGE = "Enter the site's public address, starting with https:// (or http://), e.g. https://news.example.org.";

/** The origin of an absolute http(s) address with no path, query or fragment, or null. */
function siteOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") return null;
  return url.origin;
}

export const publicationSettingsSchema = z.object({
  name: z
    .string({ error: "Enter the publication's name." })
    .trim()
    .min(1, "Enter the publication's name.")
    .max(NAME_MAX, `The name is at most ${NAME_MAX} characters.`),
  nameKm: optionalText("The Khmer name", NAME_MAX),
  tagline: optionalText("The tagline", TAGLINE_MAX),
  taglineKm: optionalText("The Khmer tagline", TAGLINE_MAX),
  siteUrl: z
    .string({ error: SITE_URL_MESSAGE })
    .trim()
    .transform((value, context) => {
      const origin = siteOrigin(value.replace(/\/+$/, "") || value);
      if (origin) return origin;
      context.addIssue({
        code: "custom",
        message: /^https?:\/\/[^/?#]+\/[^?#]/i.test(value)
          ? "The site's address is its domain only (e.g. https://news.example.org), without a path: the site answers at its root."
          : SITE_URL_MESSAGE,
      });
      return z.NEVER;
    }),
  timezone: z
    .string({ error: "Choose the newsroom's time zone." })
    .trim()
    .transform((value, context) => {
      const zone = canonicalTimeZone(value);
      if (zone) return zone;
      context.addIssue({ code: "custom", message: `"${value}" is not a time zone this server knows; choose one from the list (e.g. Asia/Phnom_Penh).` });
      return z.NEVER;
    }),
  /** When the settings were last saved, as the form saw them (empty before the first save): a stale form is refused. */
  savedVersion: z.string({ error: "The form is missing its version; reload the page." }).trim().default(""),
});

export type PublicationSettingsInput = z.input<typeof publicationSettingsSchema>;
