import type { Executor } from "@/db/client";
import { selectPublicationSettings } from "@/db/queries/settings";

// The schema's default, for a database whose settings row has not been written yet.
const DEFAULT_TIME_ZONE = "Asia/Phnom_Penh";

/** The publication's time zone, in which the newsroom shows every date. */
export async function getNewsroomTimeZone(db: Executor): Promise<string> {
  return (await selectPublicationSettings(db))?.timezone ?? DEFAULT_TIME_ZONE;
}
