import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { articlePublications, sections, type Language } from "../schema";

// Queries behind the feeds. They read article_publications (live versions
// only) and the sections joined to it.

export type FeedArticleRow = {
  id: string;
  language: Language;
  slug: string;
  headline: string;
  standfirst: string;
  body: typeof articlePublications.$inferSelect.body;
  publishedAt: Date;
  updatedAt: Date;
  sectionId: string | null;
  leadImageId: string | null;
};

/** The newest live stories, with their bodies, in one language or both, in one section or all. */
export function selectFeedArticles(
  db: Executor,
  params: { language?: Language; sectionId?: string; limit: number },
): Promise<FeedArticleRow[]> {
  const p = articlePublications;
  const conditions: SQL[] = [];
  if (params.language) conditions.push(eq(p.language, params.language));
  if (params.sectionId) conditions.push(eq(p.sectionId, params.sectionId));
  return db
    .select({
      id: p.articleId,
      language: p.language,
      slug: p.slug,
      headline: p.headline,
      standfirst: p.standfirst,
      body: p.body,
      publishedAt: p.publishedAt,
      updatedAt: p.updatedAt,
      sectionId: p.sectionId,
      leadImageId: p.leadImageId,
    })
    .from(p)
    .where(and(...conditions))
    .orderBy(desc(p.publishedAt), desc(p.articleId))
    .limit(params.limit);
}

/** A section by its slug (sections are public: the site lists them all). */
export async function selectSectionBySlug(db: Executor, slug: string) {
  const [row] = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, nameKm: sections.nameKm, description: sections.description })
    .from(sections)
    .where(eq(sections.slug, slug))
    .limit(1);
  return row ?? null;
}
