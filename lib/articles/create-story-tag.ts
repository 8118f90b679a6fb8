import { z } from "zod";
import type { Database } from "@/db/client";
import { insertTagForEditor, selectTagBySlugForEditor } from "@/db/queries/articles-editor-options";
import { insertAuditEntry } from "@/db/queries/audit-log";
import { recordAuthorizationDenied } from "@/lib/auth/record-authorization-denied";
import { slugify } from "@/lib/slug";
import { checkCanEditArticle, loadArticleForReading, type ArticleActor } from "./article-access";

export const TAG_NAME_MAX = 60;

const tagNameSchema = z
  .string()
  .trim()
  .min(1, "Type the tag's name.")
  .max(TAG_NAME_MAX, `A tag's name can be at most ${TAG_NAME_MAX} characters.`)
  .refine((name) => slugify(name).length > 0, "A tag's name needs at least one letter or number.");

export type CreateStoryTagResult = { ok: true; tag: { id: string; name: string }; created: boolean } | { ok: false; error: string };

/**
 * Finds or creates a tag from the story editor. Anyone who may edit the story
 * may create a tag for it (the desk merges or renames tags later); a new tag
 * is recorded in the audit log. A name whose address matches an existing
 * tag's ("Land Rights" and "land rights") gives that tag rather than a twin.
 */
export async function createStoryTag(db: Database, actor: ArticleActor, params: { articleId: string; name: unknown }): Promise<CreateStoryTagResult> {
  const parsed = tagNameSchema.safeParse(params.name);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Type the tag's name." };
  if (!z.uuid().safeParse(params.articleId).success) return { ok: false, error: "That story does not exist or you cannot see it." };
  const name = parsed.data;
  const slug = slugify(name);
  return db.transaction(async (tx): Promise<CreateStoryTagResult> => {
    const access = await loadArticleForReading(tx, actor, params.articleId);
    if (!access.ok) return { ok: false, error: access.message };
    const editable = checkCanEditArticle(actor, access.value);
    if (!editable.ok) {
      await recordAuthorizationDenied(tx, { actorId: actor.id, role: actor.role, permission: "article.edit.own", target: { type: "article", id: params.articleId }, reason: "forbidden" });
      return { ok: false, error: editable.message };
    }
    const existing = await selectTagBySlugForEditor(tx, slug);
    if (existing) return { ok: true, tag: existing, created: false };
    const created = await insertTagForEditor(tx, { name, slug });
    // Created by someone else a moment ago: use theirs.
    if (!created) {
      const raced = await selectTagBySlugForEditor(tx, slug);
      return raced ? { ok: true, tag: raced, created: false } : { ok: false, error: "The tag could not be created. Try again." };
    }
    await insertAuditEntry(tx, {
      actorId: actor.id,
      action: "tag.create",
      targetType: "tag",
      targetId: created.id,
      toValue: name,
      details: { articleId: params.articleId, slug },
    });
    return { ok: true, tag: created, created: true };
  });
}
