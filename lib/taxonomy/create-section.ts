import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { insertSection, selectNextSectionPosition, selectSectionBySlug, type SectionRow } from "@/db/queries/sections";
import { fieldFailure } from "@/lib/forms/form-state";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { sectionSlugTaken } from "./section-failures";
import {
  createSectionSchema,
  NO_SLUG_MESSAGE,
  resolveSlug,
  taxonomyValidationFailure,
  type CreateSectionInput,
  type TaxonomyActor,
  type TaxonomyFailure,
  type Untrusted,
} from "./taxonomy-schemas";

export type CreateSectionResult = { ok: true; section: SectionRow } | TaxonomyFailure;

/** A new section, placed last, with a slug typed or made from its name. */
export async function createSection(db: Executor, input: Untrusted<CreateSectionInput>, actor: TaxonomyActor): Promise<CreateSectionResult> {
  const parsed = createSectionSchema.safeParse(input);
  if (!parsed.success) return taxonomyValidationFailure(parsed.error);
  const { name, nameKm, description } = parsed.data;
  const slug = resolveSlug(parsed.data.slug, name);
  if (!slug) return fieldFailure("slug", NO_SLUG_MESSAGE);

  const taken = await selectSectionBySlug(db, { slug });
  if (taken) return sectionSlugTaken(slug, taken.name);
  try {
    return await db.transaction(async (tx) => {
      const section = await insertSection(tx, { slug, name, nameKm, description, position: await selectNextSectionPosition(tx) });
      await insertAuditEntry(tx, {
        actorId: actor.actorId,
        action: "section.created",
        targetType: "section",
        targetId: section.id,
        toValue: name,
        details: { slug, nameKm },
      });
      return { ok: true as const, section };
    });
  } catch (error) {
    // Someone else took the slug between the check and the insert.
    if (isUniqueViolation(error, "sections_slug_key")) return sectionSlugTaken(slug, "just created by someone else");
    throw error;
  }
}
