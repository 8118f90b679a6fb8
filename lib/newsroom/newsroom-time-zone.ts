import type { Executor } from "@/db/client";
import { selectPublicationSettings } from "@/db/queries/settings";
import { PUBLICATION_DEFAULTS } from "@/db/schema";

/** The publication's time zone, in which the newsroom shows every date. */
export async function getNewsroomTimeZone(db: Executor): Promise<string> {
  return (await selectPublicationSettings(db))?.timezone ?? PUBLICATION_DEFAULTS.timezone;
}
