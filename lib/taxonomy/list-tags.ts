import type { Executor } from "@/db/client";
import { selectTagsWithUsage, type TagWithUsageRow } from "@/db/queries/tags";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";

/** Every tag with its number of stories; nothing for someone who may not manage tags. */
export function listTagsForManagement(db: Executor, viewer: PermissionSubject | null): Promise<TagWithUsageRow[]> {
  if (!userCan(viewer, "tag.manage")) return Promise.resolve([]);
  return selectTagsWithUsage(db);
}
