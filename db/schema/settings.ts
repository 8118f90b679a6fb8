import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { Language } from "./enums";

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
    timezone: text("timezone").notNull().default("Asia/Phnom_Penh"),
    siteUrl: text("site_url").notNull().default("http://localhost:3000"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("publication_settings_single_row", sql`${t.id} = 1`)],
);
