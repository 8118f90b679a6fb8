import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectSectionsInOrderForUpdate, updateSectionPosition } from "@/db/queries/sections";
import { failure } from "@/lib/forms/form-state";
import { sectionNotFound } from "./section-failures";
import { moveSectionSchema, taxonomyValidationFailure, type MoveSectionInput, type TaxonomyActor, type TaxonomyFailure, type Untrusted } from "./taxonomy-schemas";

export type MoveSectionResult = { ok: true; name: string; position: number; total: number } | TaxonomyFailure;

/**
 * Swaps a section with its neighbour above or below. Every section is locked
 * and renumbered 0..n-1 in one transaction, so positions stay distinct even
 * when two editors reorder at once (or after rows were created with equal
 * positions). `position` in the result counts from 1.
 */
export async function moveSection(db: Executor, input: Untrusted<MoveSectionInput>, actor: TaxonomyActor): Promise<MoveSectionResult> {
  const parsed = moveSectionSchema.safeParse(input);
  if (!parsed.success) return taxonomyValidationFailure(parsed.error);
  const { sectionId, direction } = parsed.data;

  return db.transaction(async (tx): Promise<MoveSectionResult> => {
    const order = await selectSectionsInOrderForUpdate(tx);
    const index = order.findIndex((section) => section.id === sectionId);
    const section = order[index];
    if (!section) return sectionNotFound();
    const target = direction === "up" ? index - 1 : index + 1;
    const neighbour = order[target];
    if (!neighbour) {
      return failure(`${section.name} is already ${direction === "up" ? "first" : "last"}.`);
    }
    order[target] = section;
    order[index] = neighbour;
    for (const [position, row] of order.entries()) {
      if (row.position !== position) await updateSectionPosition(tx, { id: row.id, position });
    }
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: "section.moved",
      targetType: "section",
      targetId: section.id,
      fromValue: String(index + 1),
      toValue: String(target + 1),
      details: { name: section.name, direction },
    });
    return { ok: true, name: section.name, position: target + 1, total: order.length };
  });
}
