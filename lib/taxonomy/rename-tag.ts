import type { Executor } from "@/db/client";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { selectTagById, selectTagBySlug, updateTag, type TagRow } from "@/db/queries/tags";
import { fieldFailure } from "@/lib/forms/form-state";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { NO_SLUG_MESSAGE, renameTagSchema, resolveSlug, taxonomyValidationFailure, type RenameTagInput, type TaxonomyActor, type TaxonomyFailure, type Untrusted } from "./taxonomy-schemas";

export type RenameTagResult = { ok: true; tag: TagRow; changed: boolean } | TaxonomyFailure;

export function tagNotFound(field: "tagId" | "sourceId" | "targetId" = "tagId"): TaxonomyFailure {
  return fieldFailure(field, "That tag no longer exists. Reload the page to see the current list.");
}

function slugTaken(slug: string, owner: string): TaxonomyFailure {
  return fieldFailure("slug", `The slug "${slug}" is already used by the tag ${owner}. Choose another, or merge the two tags.`);
}

/** Renames a tag; a blank slug is made from the new name. */
export async function renameTag(db: Executor, input: Untrusted<RenameTagInput>, actor: TaxonomyActor): Promise<RenameTagResult> {
  const parsed = renameTagSchema.safeParse(input);
  if (!parsed.success) return taxonomyValidationFailure(parsed.error);
  const { tagId, name } = parsed.data;
  const slug = resolveSlug(parsed.data.slug, name);
  if (!slug) return fieldFailure("slug", NO_SLUG_MESSAGE);

  try {
    return await db.transaction(async (tx): Promise<RenameTagResult> => {
      const before = await selectTagById(tx, { id: tagId, forUpdate: true });
      if (!before) return tagNotFound();
      const owner = await selectTagBySlug(tx, { slug });
      if (owner && owner.id !== tagId) return slugTaken(slug, owner.name);
      if (before.name === name && before.slug === slug) return { ok: true, tag: before, changed: false };

      await updateTag(tx, { id: tagId, name, slug });
      await insertAuditEntry(tx, {
        actorId: actor.actorId,
        action: "tag.renamed",
        targetType: "tag",
        targetId: tagId,
        fromValue: before.name,
        toValue: name,
        details: { fromSlug: before.slug, toSlug: slug },
      });
      return { ok: true, tag: { ...before, name, slug }, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error, "tags_slug_key")) return slugTaken(slug, "just renamed by someone else");
    throw error;
  }
}
