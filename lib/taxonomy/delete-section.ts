import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { countStoriesInSection, deleteSectionById, selectSectionById } from "@/db/queries/sections";
import { failure } from "@/lib/forms/form-state";
import { sectionNotFound } from "./section-failures";
import { deleteSectionSchema, taxonomyValidationFailure, type DeleteSectionInput, type TaxonomyActor, type TaxonomyFailure, type Untrusted } from "./taxonomy-schemas";

export type DeleteSectionResult = { ok: true; name: string } | TaxonomyFailure;

function storiesIn(count: number): string {
  return count === 1 ? "1 story is filed in it" : `${count.toLocaleString("en")} stories are filed in it`;
}

/** Deletes a section no story uses; otherwise says how many stories are in the way. */
export async function deleteSection(db: Executor, input: Untrusted<DeleteSectionInput>, actor: TaxonomyActor): Promise<DeleteSectionResult> {
  const parsed = deleteSectionSchema.safeParse(input);
  if (!parsed.success) return taxonomyValidationFailure(parsed.error);
  const { sectionId } = parsed.data;

  return db.transaction(async (tx): Promise<DeleteSectionResult> => {
    // Locked, so no story can be counted out and then filed in it before the delete.
    const section = await selectSectionById(tx, { id: sectionId, forUpdate: true });
    if (!section) return sectionNotFound();
    const stories = await countStoriesInSection(tx, { id: sectionId });
    if (stories > 0) {
      return failure(`${section.name} cannot be deleted: ${storiesIn(stories)}. Move those stories to another section first.`);
    }
    await deleteSectionById(tx, { id: sectionId });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: "section.deleted",
      targetType: "section",
      targetId: sectionId,
      fromValue: section.name,
      details: { slug: section.slug },
    });
    return { ok: true, name: section.name };
  });
}
