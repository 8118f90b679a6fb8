import type { Database } from "@/db/client";
import {
  lockArticleRow,
  replaceBylines,
  replaceTags,
  selectBylineIds,
  selectExistingMediaIds,
  selectExistingSectionIds,
  selectExistingTagIds,
  selectSlugHolder,
  selectUsersByIds,
  updateArticleContent,
} from "@/db/queries/articles-editor";
import { selectRevisionsWithSnapshots } from "@/db/queries/revisions";
import { userCan } from "@/lib/auth/permissions";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { InvalidDocumentError, parseStoryDocument } from "@/lib/rich-text/schema";
import { isUniqueViolation } from "@/lib/users/unique-violation";
import { checkCanEditArticle, loadArticleForReading, type ArticleActor } from "./article-access";
import { recordRevision } from "./record-revision";

export type RestoreRevisionInput = {
  articleId: string;
  revisionId: string;
  /** The version the person's screen holds; the restore applies only if it is still current. */
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

function conflictMessage(currentVersion: number): string {
  return `This story has changed since you opened it (it is now at version ${currentVersion}). Nothing was restored: reload it, then restore again if you still want to.`;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Puts a revision's content back into the story's working copy: headline,
 * standfirst, slug, body, section, lead image, bylines and tags. Only someone
 * who may edit the story now may do it, and only from the current version, so
 * nobody's newer work is overwritten unseen. The row is locked as a save locks
 * it; the restore is itself a new version and a new revision (kind
 * "restore"), all in one transaction. Earlier revisions stay, so a restore can
 * be undone by restoring again.
 *
 * The rules of a save hold: only editors change bylines (a reporter's restore
 * keeps the current ones), nobody deactivated is added to a byline, and a web
 * address another story uses now (working or live) is not brought back.
 * References that no longer exist (a deleted section, tag or image) are left
 * out. Each such case is reported in `notes`. What readers see does not change
 * until the story is published again.
 */
export async function restoreRevision(db: Database, user: ArticleActor | null, input: RestoreRevisionInput): Promise<RestoreRevisionResult> {
  try {
    return await db.transaction(async (tx): Promise<RestoreRevisionResult> => {
      const missing = { ok: false, status: 404, message: "That story does not exist or you cannot see it." } as const;
      if (!user || !(await lockArticleRow(tx, input.articleId))) return missing;
      const access = await loadArticleForReading(tx, user, input.articleId);
      if (!access.ok) return access;
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
        if (error instanceof InvalidDocumentError) return { ok: false, status: 422, message: `This revision cannot be restored: ${error.message}` };
        throw error;
      }

      const notes: string[] = [];
      const [sectionIds, tagIds, mediaIds, currentBylines] = await Promise.all([
        selectExistingSectionIds(tx, snapshot.sectionId ? [snapshot.sectionId] : []),
        selectExistingTagIds(tx, snapshot.tagIds),
        selectExistingMediaIds(tx, snapshot.leadImageId ? [snapshot.leadImageId] : []),
        selectBylineIds(tx, article.id),
      ]);
      const sectionId = snapshot.sectionId && sectionIds.has(snapshot.sectionId) ? snapshot.sectionId : null;
      if (snapshot.sectionId && !sectionId) notes.push("Its section has since been deleted: the story now has no section.");
      const restoredTags = snapshot.tagIds.filter((id) => tagIds.has(id));
      if (restoredTags.length < snapshot.tagIds.length) notes.push("Tags deleted since then were left out.");
      const leadImageId = snapshot.leadImageId && mediaIds.has(snapshot.leadImageId) ? snapshot.leadImageId : null;
      if (snapshot.leadImageId && !leadImageId) notes.push("Its lead image has since been deleted from the media library: choose another.");

      let bylineIds = currentBylines;
      if (!sameList(snapshot.bylineIds, currentBylines)) {
        if (!userCan(user, "article.edit.any")) {
          notes.push("The bylines were kept as they are: only editors can change them.");
        } else {
          const people = new Map((await selectUsersByIds(tx, snapshot.bylineIds)).map((person) => [person.id, person]));
          const restorable = snapshot.bylineIds.filter((id) => {
            const person = people.get(id);
            return person !== undefined && (person.active || currentBylines.includes(id));
          });
          if (restorable.length === 0) {
            // A story always has a byline: rather none of the old ones than none at all.
            notes.push("The bylines were kept as they are: nobody on that version's byline can be on one now.");
          } else {
            bylineIds = restorable;
            if (restorable.length < snapshot.bylineIds.length) notes.push("People whose accounts are deactivated were not put back on the byline.");
          }
        }
      }

      let slug = snapshot.slug;
      if (slug !== article.slug && (await selectSlugHolder(tx, { language: article.language, slug, excludeId: article.id }))) {
        notes.push(`Its web address “${slug}” is now used by another story, so the current one (“${article.slug}”) was kept.`);
        slug = article.slug;
      }

      const bodyText = derivePlainText(snapshot.body);
      const updated = await updateArticleContent(tx, {
        articleId: article.id,
        baseVersion: input.baseVersion,
        updatedBy: user.id,
        values: {
          headline: snapshot.headline,
          standfirst: snapshot.standfirst,
          slug,
          language: article.language,
          sectionId,
          leadImageId,
          body: snapshot.body,
          bodyText,
          wordCount: countWords(bodyText, article.language),
        },
      });
      // The row is locked and its version was checked above; this cannot miss.
      if (!updated) throw new Error(`restoreRevision: version of ${article.id} moved while locked`);
      if (!sameList(bylineIds, currentBylines)) await replaceBylines(tx, article.id, bylineIds);
      await replaceTags(tx, article.id, restoredTags);

      const recorded = await recordRevision(tx, {
        articleId: article.id,
        authorId: user.id,
        kind: "restore",
        note: `Restored version ${revision.articleVersion}${revision.authorName ? `, saved by ${revision.authorName}` : ""}`,
      });
      return { ok: true, version: updated.version, revisionId: recorded.id, notes };
    });
  } catch (error) {
    if (isUniqueViolation(error, "articles_language_slug_key")) {
      return { ok: false, status: 409, message: "Another story took this web address a moment ago. Nothing was restored: try again.", currentVersion: input.baseVersion };
    }
    throw error;
  }
}
