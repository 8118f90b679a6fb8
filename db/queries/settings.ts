import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { publicationSettings } from "../schema";

export type PublicationSettings = typeof publicationSettings.$inferSelect;

export async function selectPublicationSettings(db: Executor): Promise<PublicationSettings | null> {
  const [row] = await db.select().from(publicationSettings).where(eq(publicationSettings.id, 1)).limit(1);
  return row ?? null;
}
