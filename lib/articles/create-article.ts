import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database, Executor } from "@/db/client";
import {
  insertArticle,
  replaceBylines,
  replaceTags,
  selectExistingMediaIds,
  selectExistingSectionIds,
  selectExistingTagIds,
  selectSlugHolder,
  selectTranslationIn,
  selectUsersByIds,
} from "@/db/queries/articles-editor";
import type { Language } from "@/db/schema";
import { userCan } from "@/lib/auth/permissions";
import { recordAuthorizationDenied } from "@/lib/auth/record-authorization-denied";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { EMPTY_DOCUMENT } from "@/lib/rich-text/schema";
import { slugify } from "@/lib/slug";
import { loadArticleForReading, type ArticleActor } from "./article-access";
import { articleDraftSchema, draftErrors, HEADLINE_MAX, type ArticleDraft } from "./article-input";
import { recordRevision } from "./record-revision";
import { readStoredDraft } from "./save-article";

export type CreateArticleRequest =
  /** An empty draft. */
  | { kind: "new"; language: Language }
  /** An empty draft in the other language, linked to `sourceId` as its translation. */
  | { kind: "translation"; sourceId: string }
  /** A separate story holding `draft` (the editor's text), made when a save met a conflict. */
  | { kind: "copy"; sourceId: string; draft: unknown };

export type CreateArticleResult = { ok: true; id: string } | { ok: false; status: 400 | 403 | 404 | 409; error: string };

const OTHER_LANGUAGE: Record<Language, Language> = { en: "km", km: "en" };
const COPY_SUFFIX: Record<Language, string> = { en: " (copy)", km: " (ច្បាប់ចម្លង)" };

async function placeholderSlug(db: Executor, language: Language): Promise<string> {
  for (;;) {
    const slug = `draft-${randomBytes(4).toString("hex")}`;
    if (!(await selectSlugHolder(db, { language, slug, excludeId: null }))) return slug;
  }
}

/** The headline's slug when it is free, else a placeholder the editor replaces once the headline changes. */
async function slugFor(db: Executor, language: Language, headline: string): Promise<string> {
  const fromHeadline = slugify(headline);
  if (fromHeadline && !(await selectSlugHolder(db, { language, slug: fromHeadline, excludeId: null }))) return fromHeadline;
  return placeholderSlug(db, language);
}

/** Keeps what still exists: a copy made to save someone's words must not fail over a deleted tag. */
async function keepExisting(db: Executor, draft: ArticleDraft, actor: ArticleActor, sourceBylines: string[]) {
  const [sectionIds, mediaIds, tagIds, people] = await Promise.all([
    selectExistingSectionIds(db, draft.sectionId ? [draft.sectionId] : []),
    selectExistingMediaIds(db, draft.leadImageId ? [draft.leadImageId] : []),
    selectExistingTagIds(db, draft.tagIds),
    selectUsersByIds(db, draft.bylineIds),
  ]);
  // Only editors choose bylines; a reporter's copy keeps the original story's.
  const wanted = userCan(actor, "article.edit.any") ? draft.bylineIds : sourceBylines;
  const active = new Set(people.filter((person) => person.active).map((person) => person.id));
  const bylineIds = wanted.filter((id) => active.has(id) || sourceBylines.includes(id));
  return {
    sectionId: draft.sectionId && sectionIds.has(draft.sectionId) ? draft.sectionId : null,
    leadImageId: draft.leadImageId && mediaIds.has(draft.leadImageId) ? draft.leadImageId : null,
    tagIds: draft.tagIds.filter((id) => tagIds.has(id)),
    bylineIds: bylineIds.length > 0 ? bylineIds : [actor.id],
  };
}

/**
 * Creates a draft for `actor`: empty, as a translation of another story, or
 * as a copy of the editor's text after a conflict. The creator is the first
 * byline of an empty draft; the new story's first revision records how it began.
 */
export async function createArticleDraft(db: Database, actor: ArticleActor, request: CreateArticleRequest): Promise<CreateArticleResult> {
  if (!userCan(actor, "article.create")) {
    if (actor.active) {
      await recordAuthorizationDenied(db, { actorId: actor.id, role: actor.role, permission: "article.create", target: { type: "article", id: null }, reason: "forbidden" });
    }
    return { ok: false, status: 403, error: actor.active ? "You cannot create stories." : "Your account is deactivated." };
  }
  let copyDraft: ArticleDraft | null = null;
  if (request.kind === "copy") {
    const parsed = articleDraftSchema.safeParse(request.draft);
    if (!parsed.success) return { ok: false, status: 400, error: draftErrors(parsed.error).error };
    copyDraft = parsed.data;
  }
  if (request.kind !== "new" && !z.uuid().safeParse(request.sourceId).success) {
    return { ok: false, status: 404, error: "That story does not exist or you cannot see it." };
  }

  return db.transaction(async (tx): Promise<CreateArticleResult> => {
    if (request.kind === "new") {
      const article = await insertArticle(tx, {
        language: request.language,
        slug: await placeholderSlug(tx, request.language),
        body: EMPTY_DOCUMENT,
        createdBy: actor.id,
        updatedBy: actor.id,
      });
      await replaceBylines(tx, article.id, [actor.id]);
      await recordRevision(tx, { articleId: article.id, authorId: actor.id, kind: "save", note: "Story created" });
      return { ok: true, id: article.id };
    }

    const access = await loadArticleForReading(tx, actor, request.sourceId);
    if (!access.ok) return { ok: false, status: 404, error: access.message };
    const source = access.value.article;
    const stored = await readStoredDraft(tx, source);

    if (request.kind === "translation") {
      const language = OTHER_LANGUAGE[source.language];
      const existing = await selectTranslationIn(tx, { translationGroupId: source.translationGroupId, language });
      if (existing) return { ok: false, status: 409, error: `This story already has a ${language === "km" ? "Khmer" : "English"} version.` };
      const article = await insertArticle(tx, {
        language,
        translationGroupId: source.translationGroupId,
        slug: await placeholderSlug(tx, language),
        body: EMPTY_DOCUMENT,
        sectionId: source.sectionId,
        leadImageId: source.leadImageId,
        createdBy: actor.id,
        updatedBy: actor.id,
      });
      await replaceBylines(tx, article.id, stored.bylineIds.length > 0 ? stored.bylineIds : [actor.id]);
      await replaceTags(tx, article.id, stored.tagIds);
      await recordRevision(tx, { articleId: article.id, authorId: actor.id, kind: "save", note: `Translation of “${source.headline}”` });
      return { ok: true, id: article.id };
    }

    const draft = copyDraft as ArticleDraft;
    const kept = await keepExisting(tx, draft, actor, stored.bylineIds);
    const headline = draft.headline.trim() ? `${draft.headline}${COPY_SUFFIX[draft.language]}`.slice(0, HEADLINE_MAX) : "";
    const bodyText = derivePlainText(draft.body);
    const article = await insertArticle(tx, {
      language: draft.language,
      headline,
      standfirst: draft.standfirst,
      slug: await slugFor(tx, draft.language, headline),
      body: draft.body,
      bodyText,
      wordCount: countWords(bodyText, draft.language),
      sectionId: kept.sectionId,
      leadImageId: kept.leadImageId,
      createdBy: actor.id,
      updatedBy: actor.id,
    });
    await replaceBylines(tx, article.id, kept.bylineIds);
    await replaceTags(tx, article.id, kept.tagIds);
    await recordRevision(tx, { articleId: article.id, authorId: actor.id, kind: "save", note: `Copy kept after a conflict on “${source.headline}”` });
    return { ok: true, id: article.id };
  });
}
