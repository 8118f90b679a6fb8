import type { Database } from "@/db/client";
import { selectExistingMediaIds } from "@/db/queries/media";
import {
  replaceBylinesAndTags,
  selectArticleVersion,
  selectReferenceNames,
  selectRevisionsWithSnapshots,
  selectSlugTaken,
  updateArticleContentIfVersion,
} from "@/db/queries/revisions";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { InvalidDocumentError, parseStoryDocument } from "@/lib/rich-text/schema";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { checkCanEditArticle, loadArticleForReading, type ArticleActor } from "./article-access";
import { recordRevision } from "./record-revision";

export type RestoreRevisionInput = {
  articleId: string;
  revisionId: string;
  /** The version the person's editor holds; the restore applies only if it is still current. */
  baseVersion: number;
};

export type RestoreRevisionResult =
  | {
      ok: true;
      /** The story's new version: the editor continues from it. */
      version: number;
      revisionId: string;
      /** What could not be brought back as it was, in words (a deleted tag, a slug now taken…). */
      notes: string[];
    }
  | { ok: false; status: 403 | 404 | 422; message: string }
  | { ok: false; status: 409; message: string; currentVersion: number };

class RestoreConflict extends Error {
  constructor() {
    super("version conflict");
  }
}

function conflictMessage(currentVersion: number): string {
  return `This story has changed since you opened it (it is now at version ${currentVersion}). Nothing was restored: reload it, then restore again if you still want to.`;
}

const ARTICLE_SLUG_INDEX = "articles_language_slug_key";

/**
 * Puts a revision's content back into the story's working copy: headline,
 * standfirst, slug, body, section, lead image, bylines and tags. Only someone
 * who may edit the story now may do it, and only from the current version, so
 * nobody's newer work is overwritten unseen. The restore is itself a new
 * version and a new revision (kind "restore"), all in one transaction: earlier
 * revisions stay, so a restore can be undone by restoring again.
 *
 * References that no longer exist (a deleted section, tag or image) are left
 * out, and a slug another story has taken since is not brought back; each
 * such case is reported in `notes`. What readers see does not change until
 * the story is published again.
 */
export async function restoreRevision(db: Database, user: ArticleActor | null, input: RestoreRevisionInput): Promise<RestoreRevisionResult> {
  try {
    return await db.transaction(async (tx): Promise<RestoreRevisionResult> => {
      const access = await loadArticleForReading(tx, user, input.articleId);
      if (!access.ok || !user) return access.ok ? { ok: false, status: 404, message: "Sign in to see stories." } : access;
      const allowed = checkCanEditArticle(user, access.value);
      if (!allowed.ok) return { ok: false, status: 403, message: allowed.message };
      const article = access.value.article;
      if (article.version !== input.baseVersion) return { ok: false, status: 409, message: conflictMessage(article.version), currentVersion: article.version };

      const [revision] = await selectRevisionsWithSnapshots(tx, { articleId: article.id, ids: [input.revisionId] });
      if (!revision) return { ok: false, status: 404, message: "That revision does not exist for this story." };
      const snapshot = revision.snapshot;

      try {
        parseStoryDocument(snapshot.body);
      } catch (error) {
        if (error instanceof InvalidDocumentError) {
          return { ok: false, status: 422, message: `This revision cannot be restored: ${error.message}` };
        }
        throw error;
      }

      const bodyText = derivePlainText(snapshot.body);
      const notes: string[] = [];
      const names = await selectReferenceNames(tx, {
        userIds: snapshot.bylineIds,
        sectionIds: snapshot.sectionId ? [snapshot.sectionId] : [],
        tagIds: snapshot.tagIds,
        mediaIds: [],
      });
      const sectionId = snapshot.sectionId && names.sections.has(snapshot.sectionId) ? snapshot.sectionId : null;
      if (snapshot.sectionId && !sectionId) notes.push("Its section has since been deleted: the story now has no section.");
      const tagIds = snapshot.tagIds.filter((id) => names.tags.has(id));
      if (tagIds.length < snapshot.tagIds.length) notes.push("Tags deleted since then were left out.");
      const bylineIds = snapshot.bylineIds.filter((id) => names.users.has(id));
      let leadImageId = snapshot.leadImageId;
      if (leadImageId && !(await selectExistingMediaIds(tx, { ids: [leadImageId] })).has(leadImageId)) {
        leadImageId = null;
        notes.push("Its lead image has since been deleted from the media library: choose another.");
      }
      let slug = snapshot.slug;
      if (slug !== article.slug && (await selectSlugTaken(tx, { articleId: article.id, language: article.language, slug }))) {
        notes.push(`Its web address “${slug}” is now used by another story, so the current one (“${article.slug}”) was kept.`);
        slug = article.slug;
      }

      const version = await updateArticleContentIfVersion(tx, {
        articleId: article.id,
        baseVersion: input.baseVersion,
        updatedBy: user.id,
        headline: snapshot.headline,
        standfirst: snapshot.standfirst,
        slug,
        body: snapshot.body,
        bodyText,
        wordCount: countWords(bodyText, article.language),
        sectionId,
        leadImageId,
      });
      // Someone saved between the read above and this write.
      if (version === null) throw new RestoreConflict();
      await replaceBylinesAndTags(tx, { articleId: article.id, bylineIds, tagIds });

      const recorded = await recordRevision(tx, {
        articleId: article.id,
        authorId: user.id,
        kind: "restore",
        note: `Restored version ${revision.articleVersion}${revision.authorName ? `, saved by ${revision.authorName}` : ""}`,
      });
      return { ok: true, version, revisionId: recorded.id, notes };
    });
  } catch (error) {
    if (error instanceof RestoreConflict) {
      const currentVersion = (await selectArticleVersion(db, { articleId: input.articleId })) ?? input.baseVersion;
      return { ok: false, status: 409, message: conflictMessage(currentVersion), currentVersion };
    }
    if (isUniqueViolation(error, ARTICLE_SLUG_INDEX)) {
      return { ok: false, status: 409, message: "Another story took this web address a moment ago. Nothing was restored: try again.", currentVersion: input.baseVersion };
    }
    throw error;
  }
}
