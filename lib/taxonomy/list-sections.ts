import type { Executor } from "@/db/client";
import { selectSectionsInOrder, selectSectionStoryCounts, type SectionRow } from "@/db/queries/sections";
import { userCan, type PermissionSubject } from "@/lib/auth/permissions";

export type ManagedSection = SectionRow & { stories: number };

/** Sections in their order with how many stories each holds; nothing for someone who may not manage them. */
export async function listSectionsForManagement(db: Executor, viewer: PermissionSubject | null): Promise<ManagedSection[]> {
  if (!userCan(viewer, "section.manage")) return [];
  const [sections, counts] = await Promise.all([selectSectionsInOrder(db), selectSectionStoryCounts(db)]);
  return sections.map((section) => ({ ...section, stories: counts.get(section.id) ?? 0 }));
}
