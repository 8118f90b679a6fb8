import { and, asc, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import {
  articleBylines,
  articlePublications,
  articles,
  articleViewsDaily,
  sections,
  users,
  type ArticleStatus,
  type Language,
} from "../schema";

export type DeskStoryRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: Language;
  updatedAt: Date;
  authorName: string;
};

const deskColumns = {
  id: articles.id,
  headline: articles.headline,
  status: articles.status,
  language: articles.language,
  updatedAt: articles.updatedAt,
  authorName: users.name,
};

function ownedBy(db: Executor, userId: string): SQL | undefined {
  return or(
    eq(articles.createdBy, userId),
    exists(
      db
        .select({ one: articleBylines.articleId })
        .from(articleBylines)
        .where(and(eq(articleBylines.articleId, articles.id), eq(articleBylines.userId, userId))),
    ),
  );
}

/**
 * Working copies for the story desk, most recently changed first: all of them,
 * or, with `onlyFor`, those the person created or is bylined on.
 */
export function selectDeskStories(db: Executor, params: { onlyFor?: string; limit: number }): Promise<DeskStoryRow[]> {
  return db
    .select(deskColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.createdBy))
    .where(params.onlyFor ? ownedBy(db, params.onlyFor) : undefined)
    .orderBy(desc(articles.updatedAt), asc(articles.id))
    .limit(params.limit);
}

/** Stories waiting for an editor, the longest-waiting first. */
export function selectStoriesInReview(db: Executor, params: { limit: number }): Promise<DeskStoryRow[]> {
  return db
    .select(deskColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.createdBy))
    .where(eq(articles.status, "in_review"))
    .orderBy(asc(articles.updatedAt), asc(articles.id))
    .limit(params.limit);
}

export const DESK_SORTS = ["updated", "created", "headline", "status"] as const;
export type DeskSort = (typeof DESK_SORTS)[number];
export type SortDirection = "asc" | "desc";

export type DeskFilters = {
  /** Only stories this person created or is bylined on (a reporter's desk). */
  onlyFor?: string;
  status?: ArticleStatus;
  sectionId?: string;
  /** Created by or bylined on. */
  authorId?: string;
  language?: Language;
  /** Part of the headline, matched case-insensitively and literally. */
  headline?: string;
};

export type DeskPageQuery = DeskFilters & { sort: DeskSort; direction: SortDirection; limit: number; offset: number };

export type DeskListRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: Language;
  version: number;
  wordCount: number;
  createdAt: Date;
  updatedAt: Date;
  sectionName: string | null;
  /** Bylined names in byline order. */
  bylines: string[];
  /** Who changed the working copy last (its creator when nobody has since). */
  lastEditorName: string | null;
  /** The version readers see, or null when the story is not live. */
  liveVersion: number | null;
  /** All reads ever counted (article_views_daily). */
  views: number;
};

/** `%` and `_` in a search are letters, not wildcards. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function deskWhere(db: Executor, filters: DeskFilters): SQL | undefined {
  return and(
    filters.onlyFor ? ownedBy(db, filters.onlyFor) : undefined,
    filters.status ? eq(articles.status, filters.status) : undefined,
    filters.sectionId ? eq(articles.sectionId, filters.sectionId) : undefined,
    filters.language ? eq(articles.language, filters.language) : undefined,
    filters.authorId ? ownedBy(db, filters.authorId) : undefined,
    filters.headline ? ilike(articles.headline, `%${escapeLikePattern(filters.headline)}%`) : undefined,
  );
}

function deskOrder(sort: DeskSort, direction: SortDirection): SQL[] {
  const by = direction === "asc" ? asc : desc;
  const tieBreak = [desc(articles.updatedAt), asc(articles.id)];
  switch (sort) {
    case "created":
      return [by(articles.createdAt), asc(articles.id)];
    case "headline":
      return [by(sql`lower(${articles.headline})`), ...tieBreak];
    case "status":
      // The enum's declared order is the workflow's order: draft first, spiked last.
      return [by(articles.status), ...tieBreak];
    case "updated":
      return [by(articles.updatedAt), asc(articles.id)];
  }
}

const lastEditor = alias(users, "last_editor");

/** How many working copies match the desk's filters. */
export async function countDeskStories(db: Executor, filters: DeskFilters): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::integer` })
    .from(articles)
    .where(deskWhere(db, filters));
  return row?.count ?? 0;
}

/** One page of the desk with everything its table shows. */
export async function selectDeskPage(db: Executor, query: DeskPageQuery): Promise<DeskListRow[]> {
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      status: articles.status,
      language: articles.language,
      version: articles.version,
      wordCount: articles.wordCount,
      createdAt: articles.createdAt,
      updatedAt: articles.updatedAt,
      sectionName: sections.name,
      lastEditorName: lastEditor.name,
      liveVersion: articlePublications.version,
      bylines: sql<string[] | null>`(
        select array_agg(${users.name} order by ${articleBylines.position})
        from ${articleBylines} join ${users} on ${users.id} = ${articleBylines.userId}
        where ${articleBylines.articleId} = ${articles.id})`,
      views: sql<number>`(
        select coalesce(sum(${articleViewsDaily.views}), 0)::integer
        from ${articleViewsDaily} where ${articleViewsDaily.articleId} = ${articles.id})`,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(lastEditor, eq(lastEditor.id, sql`coalesce(${articles.updatedBy}, ${articles.createdBy})`))
    .leftJoin(articlePublications, eq(articlePublications.articleId, articles.id))
    .where(deskWhere(db, query))
    .orderBy(...deskOrder(query.sort, query.direction))
    .limit(query.limit)
    .offset(query.offset);
  return rows.map((row) => ({ ...row, bylines: row.bylines ?? [], views: Number(row.views) }));
}

/** Sections for the desk's filter, in the publication's own order. */
export function selectDeskSections(db: Executor): Promise<{ id: string; name: string }[]> {
  return db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.name));
}

/** People who created or are bylined on at least one story, for the desk's author filter. */
export function selectDeskAuthors(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      or(
        exists(db.select({ one: articles.id }).from(articles).where(eq(articles.createdBy, users.id))),
        exists(db.select({ one: articleBylines.articleId }).from(articleBylines).where(eq(articleBylines.userId, users.id))),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}
