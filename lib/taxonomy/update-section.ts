import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectSectionById, selectSectionBySlug, updateSection, type SectionRow } from "@/db/queries/sections";
import { fieldFailure } from "@/lib/forms/form-state";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { sectionNotFound, sectionSlugTaken } from "./section-failures";
import {
  NO_SLUG_MESSAGE,
  resolveSlug,
  taxonomyValidationFailure,
  updateSectionSchema,
  type TaxonomyActor,
  type TaxonomyFailure,
  type Untrusted,
  type UpdateSectionInput,
} from "./taxonomy-schemas";

export type UpdateSectionResult = { ok: true; section: SectionRow; changed: string[] } | TaxonomyFailure;

const FIELDS = ["name", "nameKm", "slug", "description"] as const;

/** Renames a section (English and Khmer), changes its slug or description. */
export async function updateSectionDetails(db: Executor, input: Untrusted<UpdateSectionInput>, actor: TaxonomyActor): Promise<UpdateSectionResult> {
  const parsed = updateSectionSchema.safeParse(input);
  if (!parsed.success) return taxonomyValidationFailure(parsed.error);
  const { sectionId, name, nameKm, description } = parsed.data;
  const slug = resolveSlug(parsed.data.slug, name);
  if (!slug) return fieldFailure("slug", NO_SLUG_MESSAGE);

  try {
    return await db.transaction(async (tx): Promise<UpdateSectionResult> => {
      const before = await selectSectionById(tx, { id: sectionId, forUpdate: true });
      if (!before) return sectionNotFound();
      const owner = await selectSectionBySlug(tx, { slug });
      if (owner && owner.id !== sectionId) return sectionSlugTaken(slug, owner.name);

      const after = { ...before, name, nameKm, slug, description };
      const changed = FIELDS.filter((field) => before[field] !== after[field]);
      if (changed.length === 0) return { ok: true, section: before, changed };
      await updateSection(tx, { id: sectionId, slug, name, nameKm, description });
      await insertAuditEntry(tx, {
        actorId: actor.actorId,
        action: "section.updated",
        targetType: "section",
        targetId: sectionId,
        fromValue: before.name,
        toValue: name,
        details: { changed, fromSlug: before.slug, toSlug: slug },
      });
      return { ok: true, section: after, changed };
    });
  } catch (error) {
    if (isUniqueViolation(error, "sections_slug_key")) return sectionSlugTaken(slug, "just changed by someone else");
    throw error;
  }
}
