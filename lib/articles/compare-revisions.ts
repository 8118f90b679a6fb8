import type { JSONContent } from "@tiptap/core";
import type { Executor } from "@/db/client";
import { selectReferenceNames, selectRevisionsWithSnapshots, type ReferenceNames, type RevisionWithSnapshot } from "@/db/queries/revisions";
import { loadArticleForReading, type AccessResult, type ArticleActor } from "./article-access";
import { diffSnapshots, documentBlocks, type DiffableSnapshot, type SnapshotDiff } from "./revision-diff";

export type RevisionSide = { id: string; articleVersion: number; kind: string; authorName: string | null; createdAt: string; updatedAt: string };

export type RevisionComparison = SnapshotDiff & { from: RevisionSide; to: RevisionSide };

/** Every media id in image figures, at any depth. */
export function figureMediaIds(doc: JSONContent | undefined, out: Set<string> = new Set()): Set<string> {
  if (!doc) return out;
  if (doc.type === "imageFigure" && typeof doc.attrs?.mediaId === "string") out.add(doc.attrs.mediaId);
  for (const child of doc.content ?? []) figureMediaIds(child, out);
  return out;
}

function describeImage(names: ReferenceNames, id: string): string {
  const image = names.media.get(id);
  if (!image) return "an image since deleted from the library";
  return image.caption ? `${image.caption} (${image.filename || "image"})` : image.filename || "untitled image";
}

function resolve(revision: RevisionWithSnapshot, names: ReferenceNames): DiffableSnapshot {
  const snapshot = revision.snapshot;
  return {
    headline: snapshot.headline,
    standfirst: snapshot.standfirst,
    slug: snapshot.slug,
    section: snapshot.sectionId ? (names.sections.get(snapshot.sectionId) ?? "a section since deleted") : null,
    bylines: snapshot.bylineIds.map((id) => names.users.get(id) ?? "someone no longer listed"),
    tags: snapshot.tagIds.map((id) => names.tags.get(id) ?? "a tag since deleted").sort((a, b) => a.localeCompare(b)),
    leadImage: snapshot.leadImageId ? describeImage(names, snapshot.leadImageId) : null,
    blocks: documentBlocks(snapshot.body, (id) => describeImage(names, id)),
  };
}

function side(revision: RevisionWithSnapshot): RevisionSide {
  return {
    id: revision.id,
    articleVersion: revision.articleVersion,
    kind: revision.kind,
    authorName: revision.authorName,
    createdAt: revision.createdAt.toISOString(),
    updatedAt: revision.updatedAt.toISOString(),
  };
}

/**
 * What changed between two revisions of a story, for anyone who may see it:
 * headline, standfirst, slug, section, bylines, tags and lead image by name,
 * and the body paragraph by paragraph with word-level detail. `fromId` is
 * normally the older one, but any two can be compared either way.
 */
export async function compareRevisions(
  db: Executor,
  user: ArticleActor | null,
  params: { articleId: string; fromId: string; toId: string },
): Promise<AccessResult<RevisionComparison>> {
  const access = await loadArticleForReading(db, user, params.articleId);
  if (!access.ok) return access;
  const rows = await selectRevisionsWithSnapshots(db, { articleId: params.articleId, ids: [params.fromId, params.toId] });
  const from = rows.find((row) => row.id === params.fromId);
  const to = rows.find((row) => row.id === params.toId);
  if (!from || !to) return { ok: false, status: 404, message: "That revision does not exist for this story." };

  const snapshots = [from.snapshot, to.snapshot];
  const mediaIds = new Set<string>();
  for (const snapshot of snapshots) {
    if (snapshot.leadImageId) mediaIds.add(snapshot.leadImageId);
    figureMediaIds(snapshot.body, mediaIds);
  }
  const names = await selectReferenceNames(db, {
    userIds: [...new Set(snapshots.flatMap((snapshot) => snapshot.bylineIds))],
    sectionIds: [...new Set(snapshots.flatMap((snapshot) => (snapshot.sectionId ? [snapshot.sectionId] : [])))],
    tagIds: [...new Set(snapshots.flatMap((snapshot) => snapshot.tagIds))],
    mediaIds: [...mediaIds],
  });
  const diff = diffSnapshots(resolve(from, names), resolve(to, names), access.value.article.language);
  return { ok: true, value: { ...diff, from: side(from), to: side(to) } };
}
