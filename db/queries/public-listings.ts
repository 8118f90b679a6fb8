import { and, asc, desc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { articleBylines, articlePublications, articleTags, articleViewsDaily, sections, tags, users, type Language } from "../schema";
import { publishedSummaryColumns, type PublishedSummaryRow } from "./public-articles";
import { rowsOf } from "../rows";

// The reader site's taxonomy and listing queries. A tag or a person becomes
// public only through a live story (a row in article_publications): a tag made
// for an unpublished investigation, or a stringer who only has drafts, is
// invisible here. Sections are the site's own structure and always public.

const p = articlePublications;

export type SectionRow = { id: string; slug: string; name: string; nameKm: string; description: string; liveStories: number };

/** Every section in the newsroom's order, with how many live stories it has in a language. */
export async function selectSectionsWithCounts(db: Executor, language: Language): Promise<SectionRow[]> {
  const rows = await db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      nameKm: sections.nameKm,
      description: sections.description,
      liveStories: sql<number>`(select count(*) from ${p} where ${p.sectionId} = ${sections.id} and ${p.language} = ${language})::int`,
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
  return rows.map((row) => ({ ...row, liveStories: Number(row.liveStories) }));
}

export async function selectSectionBySlug(db: Executor, slug: string) {
  const [row] = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, nameKm: sections.nameKm, description: sections.description })
    .from(sections)
    .where(eq(sections.slug, slug))
    .limit(1);
  return row ?? null;
}

/** A tag, only when at least one live story in the language carries it. */
export async function selectLiveTag(db: Executor, params: { slug: string; language: Language }) {
  const [row] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(
      and(
        eq(tags.slug, params.slug),
        sql`exists (select 1 from ${articleTags} join ${p} on ${p.articleId} = ${articleTags.articleId} where ${articleTags.tagId} = ${tags.id} and ${p.language} = ${params.language})`,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** A person's public face (name, bio, photo), only when a live story in the language carries their byline. */
export async function selectLiveAuthor(db: Executor, params: { slug: string; language: Language }) {
  const [row] = await db
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio, photoMediaId: users.photoMediaId })
    .from(users)
    .where(
      and(
        eq(users.slug, params.slug),
        sql`exists (select 1 from ${articleBylines} join ${p} on ${p.articleId} = ${articleBylines.articleId} where ${articleBylines.userId} = ${users.id} and ${p.language} = ${params.language})`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export type MostReadRow = PublishedSummaryRow & { views: number };

/**
 * Live stories of a language by reads counted on or after `sinceDay`
 * (YYYY-MM-DD, a newsroom day), most read first; ties go to the newer story.
 */
export async function selectMostRead(db: Executor, params: { language: Language; sinceDay: string; limit: number }): Promise<MostReadRow[]> {
  const views = sql<number>`sum(${articleViewsDaily.views})::int`;
  const rows = await db
    .select({ ...publishedSummaryColumns, views })
    .from(articleViewsDaily)
    .innerJoin(p, eq(p.articleId, articleViewsDaily.articleId))
    .where(and(eq(p.language, params.language), gte(articleViewsDaily.day, params.sinceDay)))
    .groupBy(p.articleId)
    .orderBy(desc(views), desc(p.publishedAt), asc(p.articleId))
    .limit(params.limit);
  return rows.map((row) => ({ ...row, views: Number(row.views) }));
}

/**
 * Live stories of the same language that share tags or the section with a
 * story: more shared tags first, then the same section, then the newest.
 * Candidates come through the tag and section indexes, so the cost follows
 * the story's own tags, not the size of the archive.
 */
export async function selectRelated(
  db: Executor,
  params: { articleId: string; language: Language; sectionId: string | null; limit: number },
): Promise<PublishedSummaryRow[]> {
  const result = await db.execute(sql`
    with tagged as (
      select other.article_id, count(*) as shared
      from article_tags own join article_tags other on other.tag_id = own.tag_id
      where own.article_id = ${params.articleId} and other.article_id <> ${params.articleId}
      group by other.article_id
    ), same_section as (
      select article_id, 0 as shared from article_publications
      where ${params.sectionId}::uuid is not null and section_id = ${params.sectionId}::uuid and language = ${params.language} and article_id <> ${params.articleId}
      order by published_at desc
      limit ${params.limit * 4}
    ), candidates as (
      select article_id, max(shared) as shared from (select * from tagged union all select * from same_section) c group by article_id
    )
    select c.article_id as "id"
    from candidates c join article_publications p on p.article_id = c.article_id
    where p.language = ${params.language}
    order by c.shared desc, (p.section_id is not distinct from ${params.sectionId}::uuid) desc, p.published_at desc, p.article_id
    limit ${params.limit}`);
  const rows = rowsOf<{ id: string }>(result);
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const found = await db.select(publishedSummaryColumns).from(p).where(inArray(p.articleId, ids));
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
