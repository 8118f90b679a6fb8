import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { publicationSettings } from "../schema";

export type PublicationSettings = typeof publicationSettings.$inferSelect;

export async function selectPublicationSettings(db: Executor): Promise<PublicationSettings | null> {
  const [row] = await db.select().from(publicationSettings).where(eq(publicationSettings.id, 1)).limit(1);
  return row ?? null;
}

export type PublicationSettingsChange = Pick<PublicationSettings, "name" | "nameKm" | "tagline" | "taglineKm" | "siteUrl" | "timezone">;

/** The settings row, locked until the transaction ends (null before it was first written). */
export async function selectPublicationSettingsForUpdate(db: Executor): Promise<PublicationSettings | null> {
  const [row] = await db.select().from(publicationSettings).where(eq(publicationSettings.id, 1)).limit(1).for("update");
  return row ?? null;
}

/** Writes the settings row, creating it when a database has none yet (production is not seeded). */
export async function upsertPublicationSettings(db: Executor, values: PublicationSettingsChange & { updatedAt: Date }): Promise<PublicationSettings> {
  const [row] = await db
    .insert(publicationSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: publicationSettings.id, set: values })
    .returning();
  if (!row) throw new Error("The publication settings row was not written.");
  return row;
}
