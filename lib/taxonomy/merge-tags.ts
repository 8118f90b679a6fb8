import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { countTagUsage, deleteTagById, moveArticleTags, selectTagById } from "@/db/queries/tags";
import { tagNotFound } from "./rename-tag";
import { mergeTagsSchema, taxonomyValidationFailure, type MergeTagsInput, type TaxonomyActor, type TaxonomyFailure, type Untrusted } from "./taxonomy-schemas";

export type MergeTagsResult =
  | { ok: true; source: { id: string; name: string }; target: { id: string; name: string }; stories: number }
  | TaxonomyFailure;

/**
 * Merges tag A (source) into tag B (target): every story tagged A is tagged B
 * (once, even if it already had both), and A is deleted — all in one
 * transaction, with an audit entry naming both.
 */
export async function mergeTags(db: Executor, input: Untrusted<MergeTagsInput>, actor: TaxonomyActor): Promise<MergeTagsResult> {
  const parsed = mergeTagsSchema.safeParse(input);
  if (!parsed.success) return taxonomyValidationFailure(parsed.error);
  const { sourceId, targetId } = parsed.data;

  return db.transaction(async (tx): Promise<MergeTagsResult> => {
    // Locked in a fixed order, so two opposite merges at once wait rather than deadlock.
    const [firstId, secondId] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    const locked = [await selectTagById(tx, { id: firstId, forUpdate: true }), await selectTagById(tx, { id: secondId, forUpdate: true })];
    const source = locked.find((tag) => tag?.id === sourceId);
    const target = locked.find((tag) => tag?.id === targetId);
    if (!source) return tagNotFound("sourceId");
    if (!target) return tagNotFound("targetId");

    const stories = await countTagUsage(tx, { id: sourceId });
    const added = await moveArticleTags(tx, { fromId: sourceId, intoId: targetId });
    await deleteTagById(tx, { id: sourceId });
    await insertAuditEntry(tx, {
      actorId: actor.actorId,
      action: "tag.merged",
      targetType: "tag",
      targetId: targetId,
      fromValue: source.name,
      toValue: target.name,
      details: { sourceId, sourceSlug: source.slug, targetSlug: target.slug, stories, alreadyTagged: stories - added },
    });
    return { ok: true, source: { id: source.id, name: source.name }, target: { id: target.id, name: target.name }, stories };
  });
}
