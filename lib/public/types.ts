import type { Language } from "@/db/schema";

/** An image as readers get it: responsive sources plus the library's words. */
export type PublicImage = {
  id: string;
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

export type PublicByline = { name: string; slug: string };
export type PublicSection = { slug: string; name: string };
export type PublicTag = { slug: string; name: string };
export type PublicCorrection = { kind: "correction" | "clarification"; text: string; createdAt: Date };

export type PublicArticleSummary = {
  id: string;
  language: Language;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  section: PublicSection | null;
  bylines: PublicByline[];
  leadImage: PublicImage | null;
};

export type PublicArticle = PublicArticleSummary & {
  body: import("@tiptap/core").JSONContent;
  wordCount: number;
  tags: PublicTag[];
  corrections: PublicCorrection[];
  /** Images placed in the body, by media id. */
  bodyImages: Record<string, PublicImage>;
  translation: { language: Language; slug: string; headline: string } | null;
  views: number;
};

/** A section as readers see it, with its name in the page's language. */
export type PublicSectionInfo = { slug: string; name: string; description: string; liveStories: number };

export type PublicTagInfo = { slug: string; name: string };

/** A journalist's public face: only what an author page shows. */
export type PublicAuthor = { slug: string; name: string; bio: string; photo: PublicImage | null };

/** One page of a listing; `hasNext` says whether a later page has stories. */
export type PublicPage<T> = { items: T[]; page: number; pageSize: number; hasNext: boolean };

export type PublicMostRead = PublicArticleSummary & { views: number };

/** Part of a search excerpt: text as written, and whether it matched the query. */
export type SnippetPart = { text: string; match: boolean };

export type PublicSearchHit = PublicArticleSummary & { rank: number; snippet: SnippetPart[] };

export type PublicSearchResult = {
  hits: PublicSearchHit[];
  /** Matching stories, counted up to the number that are ranked (SEARCH_CANDIDATES, the newest matches). */
  total: number;
  /** More stories match than the newest ones that were ranked and counted in total. */
  capped: boolean;
  page: number;
  pageSize: number;
  hasNext: boolean;
};
