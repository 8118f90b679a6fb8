import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Language } from "./enums";

/** What a publication is until an admin saves its settings (and what a database that was never seeded shows). */
export const PUBLICATION_DEFAULTS: { name: string; timezone: string; siteUrl: string; languages: readonly Language[] } = {
  name: "Masthead",
  timezone: "Asia/Phnom_Penh",
  siteUrl: "http://localhost:3000",
  languages: ["en", "km"],
};

// A single row (id = 1): the publication's own settings.
export const publicationSettings = pgTable(
  "publication_settings",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    nameKm: text("name_km").notNull().default(""),
    tagline: text("tagline").notNull().default(""),
    taglineKm: text("tagline_km").notNull().default(""),
    languages: text("languages").array().$type<Language[]>().notNull().default(sql`ARRAY['en','km']::text[]`),
    defaultLanguage: text("default_language").$type<Language>().notNull().default("en"),
    timezone: text("timezone").notNull().default(PUBLICATION_DEFAULTS.timezone),
    siteUrl: text("site_url").notNull().default(PUBLICATION_DEFAULTS.siteUrl),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("publication_settings_single_row", sql`${t.id} = 1`)],
);
