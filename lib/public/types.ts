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
