import { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  lockArticleRow,
  replaceBylines,
  replaceTags,
  selectBylineIds,
  selectExistingMediaIds,
  selectExistingSectionIds,
  selectExistingTagIds,
  selectSlugHolder,
  selectTagIds,
  selectTranslationIn,
  selectUserName,
  selectUsersByIds,
  updateArticleContent,
} from "@/db/queries/articles-editor";
import type { ArticleRow } from "@/db/queries/article-access";
import { userCan } from "@/lib/auth/permissions";
import { recordAuthorizationDenied } from "@/lib/auth/record-authorization-denied";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { checkCanEditArticle, loadArticleForReading, type ArticleActor } from "./article-access";
import {
  canonicalJson,
  draftErrors,
  saveRequestSchema,
  type ArticleDraft,
  type FieldErrors,
  type SaveOutcome,
  type ServerCopy,
} from "./article-input";
import { recordRevision } from "./record-revision";

const LANGUAGE_NAMES = { en: "English", km: "Khmer" } as const;

function slugTakenMessage(draft: ArticleDraft): string {
  return `Another ${LANGUAGE_NAMES[draft.language]} story already uses the address “${draft.slug}”. Choose a different one.`;
}

function invalid(fieldErrors: FieldErrors): SaveOutcome {
  const messages = Object.values(fieldErrors).flatMap((list) => list ?? []);
  return { ok: false, code: "invalid", error: messages.join(" "), fieldErrors };
}

/** The story's content as the editor holds it, read from its stored row. */
export async function readStoredDraft(db: Executor, article: ArticleRow): Promise<ArticleDraft> {
  const [bylineIds, tagIds] = await Promise.all([selectBylineIds(db, article.id), selectTagIds(db, article.id)]);
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    slug: article.slug,
    language: article.language,
    sectionId: article.sectionId,
    leadImageId: article.leadImageId,
    bylineIds,
    tagIds,
    body: article.body,
  };
}

export async function serverCopyOf(db: Executor, article: ArticleRow): Promise<ServerCopy> {
  const [draft, updatedByName] = await Promise.all([readStoredDraft(db, article), selectUserName(db, article.updatedBy ?? article.createdBy)]);
  return { version: article.version, status: article.status, draft, updatedAt: article.updatedAt.toISOString(), updatedByName };
}

function contentOf(draft: ArticleDraft) {
  const { headline, standfirst, slug, language, sectionId, leadImageId, body } = draft;
  return { headline, standfirst, slug, language, sectionId, leadImageId, body };
}

/** Checks what the database must confirm: a free address, and that every chosen section, image, person and tag exists. */
async function checkReferences(db: Executor, article: ArticleRow, stored: ArticleDraft, draft: ArticleDraft): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (draft.language !== article.language) {
    if (article.firstPublishedAt) {
      errors.language = ["A story that has been published keeps its language: create a translation instead."];
    } else if (await selectTranslationIn(db, { translationGroupId: article.translationGroupId, language: draft.language, excludeId: article.id })) {
      errors.language = [`This story already has a ${LANGUAGE_NAMES[draft.language]} version.`];
    }
  }
  if (await selectSlugHolder(db, { language: draft.language, slug: draft.slug, excludeId: article.id })) errors.slug = [slugTakenMessage(draft)];

  const [sectionIds, mediaIds, tagIds, people] = await Promise.all([
    selectExistingSectionIds(db, draft.sectionId ? [draft.sectionId] : []),
    selectExistingMediaIds(db, draft.leadImageId ? [draft.leadImageId] : []),
    selectExistingTagIds(db, draft.tagIds),
    selectUsersByIds(db, draft.bylineIds),
  ]);
  if (draft.sectionId && !sectionIds.has(draft.sectionId)) errors.sectionId = ["That section no longer exists: choose another."];
  if (draft.leadImageId && !mediaIds.has(draft.leadImageId)) errors.leadImageId = ["That image is no longer in the media library: choose another."];
  if (draft.tagIds.some((id) => !tagIds.has(id))) errors.tagIds = ["A chosen tag no longer exists (it may have been merged): choose the tags again."];
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const id of draft.bylineIds) {
    const person = byId.get(id);
    if (!person) (errors.bylineIds ??= []).push("A person in the byline is not on the staff list.");
    // Someone already on the byline may stay after leaving; nobody inactive is added.
    else if (!person.active && !stored.bylineIds.includes(id)) (errors.bylineIds ??= []).push(`${person.name}'s account is deactivated, so they cannot be added to the byline.`);
  }
  return errors;
}

/**
 * Saves the editor's copy of a story. It applies only if `baseVersion` is the
 * story's current version; the row is locked for the check and the write, so
 * of two saves based on one version exactly one applies and the other gets a
 * conflict carrying the server's copy. Every refusal changes nothing.
 */
export async function saveArticle(db: Database, actor: ArticleActor, articleId: string, input: unknown): Promise<SaveOutcome> {
  const parsed = saveRequestSchema.safeParse(input);
  if (!parsed.success) {
    const { error, fieldErrors } = draftErrors(parsed.error);
    return { ok: false, code: "invalid", error, fieldErrors };
  }
  if (!z.uuid().safeParse(articleId).success) return { ok: false, code: "not-found", error: "That story does not exist or you cannot see it." };
  const { baseVersion, draft } = parsed.data;

  try {
    return await db.transaction(async (tx): Promise<SaveOutcome> => {
      if (!(await lockArticleRow(tx, articleId))) return { ok: false, code: "not-found", error: "That story does not exist or you cannot see it." };
      const access = await loadArticleForReading(tx, actor, articleId);
      if (!access.ok) return { ok: false, code: "not-found", error: access.message };
      const { article } = access.value;
      const editable = checkCanEditArticle(actor, access.value);
      if (!editable.ok) {
        await recordAuthorizationDenied(tx, { actorId: actor.id, role: actor.role, permission: "article.edit.own", target: { type: "article", id: article.id }, reason: "forbidden" });
        return { ok: false, code: "forbidden", error: editable.message };
      }
      if (article.version !== baseVersion) {
        return {
          ok: false,
          code: "conflict",
          error: "Someone else saved this story after you opened it. Nothing was overwritten.",
          current: await serverCopyOf(tx, article),
        };
      }

      const stored = await readStoredDraft(tx, article);
      const bylinesChanged = canonicalJson(stored.bylineIds) !== canonicalJson(draft.bylineIds);
      if (bylinesChanged && !userCan(actor, "article.edit.any")) {
        await recordAuthorizationDenied(tx, { actorId: actor.id, role: actor.role, permission: "article.edit.any", target: { type: "article", id: article.id }, reason: "forbidden" });
        return { ok: false, code: "forbidden", error: "Only editors can change a story's bylines." };
      }
      const fieldErrors = await checkReferences(tx, article, stored, draft);
      if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors);

      const tagsChanged = canonicalJson([...stored.tagIds].sort()) !== canonicalJson([...draft.tagIds].sort());
      const content = contentOf(draft);
      if (!bylinesChanged && !tagsChanged && canonicalJson(content) === canonicalJson(contentOf(stored))) {
        // Nothing to write: the version stays, so nobody else gets a conflict over it.
        return { ok: true, version: article.version, savedAt: article.updatedAt.toISOString(), changed: false };
      }

      const bodyText = derivePlainText(draft.body);
      const updated = await updateArticleContent(tx, {
        articleId: article.id,
        baseVersion,
        updatedBy: actor.id,
        values: { ...content, bodyText, wordCount: countWords(bodyText, draft.language) },
      });
      // The row is locked and its version was checked above; this cannot miss.
      if (!updated) throw new Error(`saveArticle: version of ${article.id} moved while locked`);
      if (bylinesChanged) await replaceBylines(tx, article.id, draft.bylineIds);
      if (tagsChanged) await replaceTags(tx, article.id, draft.tagIds);
      await recordRevision(tx, { articleId: article.id, authorId: actor.id, kind: "save" });
      return { ok: true, version: updated.version, savedAt: updated.updatedAt.toISOString(), changed: true };
    });
  } catch (error) {
    // Two stories claiming one address at the same instant: the index decides.
    if (isUniqueViolation(error, "articles_language_slug_key")) return invalid({ slug: [slugTakenMessage(draft)] });
    if (isUniqueViolation(error, "articles_translation_language_key")) {
      return invalid({ language: [`This story already has a ${LANGUAGE_NAMES[draft.language]} version.`] });
    }
    throw error;
  }
}
