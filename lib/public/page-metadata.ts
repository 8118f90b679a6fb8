import type { Metadata } from "next";
import type { Language } from "@/db/schema";
import { feedAlternates } from "./syndication-urls";
import type { PublicImage } from "./types";

// Titles, descriptions, canonical and hreflang addresses, Open Graph and
// Twitter cards for the public pages, from the publication's configured
// address (never the request's Host header: pages are cached for everyone).

const OG_LOCALE: Record<Language, string> = { en: "en_GB", km: "km_KH" };

export type PageMetadataInput = {
  siteUrl: string;
  siteName: string;
  language: Language;
  /** The page's own path, e.g. /km/sections/politics. */
  path: string;
  /** The same page in each language it exists in (hreflang alternates). */
  languages?: Partial<Record<Language, string>>;
  title: string;
  description?: string;
  image?: PublicImage | null;
  article?: { publishedAt: Date; updatedAt: Date; authors: string[]; section?: string; tags: string[] };
  /** On a section's pages, its own feeds are announced before the language's. */
  feedSection?: { slug: string; name: string };
  /** Search results and the like: followed, not indexed. */
  noIndex?: boolean;
};

export function buildPageMetadata(input: PageMetadataInput): Metadata {
  const languages: Record<string, string> = { ...input.languages };
  if (input.languages?.en) languages["x-default"] = input.languages.en;
  const description = input.description?.trim() || undefined;
  const images = input.image
    ? [{ url: input.image.src, width: input.image.width, height: input.image.height, alt: input.image.alt || input.title }]
    : undefined;
  const alternateLocales = Object.keys(input.languages ?? {})
    .filter((language): language is Language => language !== input.language && (language === "en" || language === "km"))
    .map((language) => OG_LOCALE[language]);
  return {
    metadataBase: new URL(`${input.siteUrl}/`),
    title: { absolute: input.title },
    description,
    alternates: {
      canonical: input.path,
      languages: Object.keys(languages).length > 1 ? languages : undefined,
      types: feedAlternates({ language: input.language, siteName: input.siteName, section: input.feedSection }),
    },
    openGraph: {
      type: input.article ? "article" : "website",
      url: input.path,
      siteName: input.siteName,
      title: input.title,
      description,
      locale: OG_LOCALE[input.language],
      alternateLocale: alternateLocales.length > 0 ? alternateLocales : undefined,
      images,
      ...(input.article
        ? {
            publishedTime: input.article.publishedAt.toISOString(),
            modifiedTime: input.article.updatedAt.toISOString(),
            authors: input.article.authors,
            section: input.article.section,
            tags: input.article.tags,
          }
        : {}),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: input.title,
      description,
      images: images?.map((image) => ({ url: image.url, alt: image.alt })),
    },
    robots: input.noIndex ? { index: false, follow: true } : undefined,
  };
}

/** "Headline | Publication", or the publication alone on its front page. */
export function pageTitle(title: string | null, siteName: string): string {
  return title ? `${title} | ${siteName}` : siteName;
}
