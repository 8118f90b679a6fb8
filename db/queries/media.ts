import { asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { articlePublications, articles, media, users, type ArticleStatus, type Language } from "../schema";

export type MediaRow = typeof media.$inferSelect;
export type MediaListRow = MediaRow & { uploaderName: string | null };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function mediaSearch(search: string | undefined): SQL | undefined {
  if (!search) return undefined;
  const pattern = `%${escapeLike(search)}%`;
  return or(ilike(media.caption, pattern), ilike(media.credit, pattern), ilike(media.filename, pattern));
}

/** Images for the library, newest first, optionally those whose caption, credit or file name contain `search`. */
export async function selectMediaPage(db: Executor, params: { search?: string; limit: number; offset: number }): Promise<MediaListRow[]> {
  const rows = await db
    .select({ media, uploaderName: users.name })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(mediaSearch(params.search))
    .orderBy(desc(media.createdAt), asc(media.id))
    .limit(params.limit)
    .offset(params.offset);
  return rows.map((row) => ({ ...row.media, uploaderName: row.uploaderName }));
}

export async function countMedia(db: Executor, params: { search?: string }): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::integer` })
    .from(media)
    .where(mediaSearch(params.search));
  return row?.count ?? 0;
}

export async function selectMediaById(db: Executor, params: { id: string; forUpdate?: boolean }): Promise<MediaListRow | null> {
  const query = db
    .select({ media, uploaderName: users.name })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(eq(media.id, params.id))
    .limit(1);
  const [row] = params.forUpdate ? await query.for("update", { of: media }) : await query;
  return row ? { ...row.media, uploaderName: row.uploaderName } : null;
}

export async function updateMediaDetailsRow(
  db: Executor,
  params: { id: string; altText: string; caption: string; credit: string },
): Promise<MediaRow | null> {
  const [row] = await db
    .update(media)
    .set({ altText: params.altText, caption: params.caption, credit: params.credit, updatedAt: new Date() })
    .where(eq(media.id, params.id))
    .returning();
  return row ?? null;
}

export async function deleteMediaRow(db: Executor, params: { id: string }): Promise<MediaRow | null> {
  const [row] = await db.delete(media).where(eq(media.id, params.id)).returning();
  return row ?? null;
}

export type MediaUsageRow = {
  articleId: string;
  headline: string;
  language: Language;
  slug: string;
  status: ArticleStatus;
  /** The slug readers see, when live. */
  liveSlug: string | null;
  leadImage: boolean;
  inBody: boolean;
  liveLeadImage: boolean;
  liveBody: boolean;
};

// Any imageFigure node naming the image, at any depth (inside quotes and list
// items too), in a Tiptap document.
const FIGURE_PATH = '$.** ? (@.type == "imageFigure" && @.attrs.mediaId == $id)';

/**
 * Every story whose working copy or live version uses the image, as lead
 * image or as a figure in the body, and where. Bodies are scanned with a
 * JSON path query, which finds figures nested at any depth.
 */
export async function selectMediaUsage(db: Executor, params: { mediaId: string }): Promise<MediaUsageRow[]> {
  const vars = sql`jsonb_build_object('id', ${params.mediaId}::text)`;
  const inBody = sql<boolean>`jsonb_path_exists(${articles.body}, ${FIGURE_PATH}::jsonpath, ${vars})`;
  const inLiveBody = sql<boolean>`coalesce(jsonb_path_exists(${articlePublications.body}, ${FIGURE_PATH}::jsonpath, ${vars}), false)`;
  const lead = sql<boolean>`coalesce(${articles.leadImageId} = ${params.mediaId}::uuid, false)`;
  const liveLead = sql<boolean>`coalesce(${articlePublications.leadImageId} = ${params.mediaId}::uuid, false)`;
  const rows = await db
    .select({
      articleId: articles.id,
      headline: articles.headline,
      language: articles.language,
      slug: articles.slug,
      status: articles.status,
      liveSlug: articlePublications.slug,
      leadImage: lead,
      inBody,
      liveLeadImage: liveLead,
      liveBody: inLiveBody,
    })
    .from(articles)
    .leftJoin(articlePublications, eq(articlePublications.articleId, articles.id))
    .where(or(lead, liveLead, inBody, inLiveBody))
    .orderBy(desc(articles.updatedAt), asc(articles.id));
  return rows;
}
