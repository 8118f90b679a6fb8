import type { Executor } from "@/db/client";
import { PUBLICATION_DEFAULTS, type Language } from "@/db/schema";
import { selectPublicationSettings } from "@/db/queries/settings";
import { languagePrefix } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicImage } from "./types";

// Absolute addresses for everything read outside the site (feeds, sitemaps,
// the Content API), built from the publication's configured address, never
// from a request's Host header (a cached feed must not carry a forged host).

/** The publication's public address without a trailing slash, e.g. https://news.example.org. */
export async function getSiteUrl(db: Executor): Promise<string> {
  const configured = (await selectPublicationSettings(db))?.siteUrl?.trim() || PUBLICATION_DEFAULTS.siteUrl;
  return configured.replace(/\/+$/, "");
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

export function sectionPath(language: Language, slug: string): string {
  return `${languagePrefix(language)}/sections/${segment(slug)}`;
}

export function tagPath(language: Language, slug: string): string {
  return `${languagePrefix(language)}/tags/${segment(slug)}`;
}

export function authorPath(language: Language, slug: string): string {
  return `${languagePrefix(language)}/authors/${segment(slug)}`;
}

export type FeedFormat = "rss" | "atom";

const FEED_FILE: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml" };

/** A language's feed (all sections), or one section's feed in that language. */
export function feedPath(format: FeedFormat, language: Language, sectionSlug?: string): string {
  const base = sectionSlug ? sectionPath(language, sectionSlug) : languagePrefix(language);
  return `${base}/${FEED_FILE[format]}`;
}

/** The feed of both languages together. */
export function allLanguagesFeedPath(format: FeedFormat): string {
  return `/api/feeds/${FEED_FILE[format]}`;
}

/** An image with every address made absolute, for readers outside the site. */
export function absoluteImage(siteUrl: string, image: PublicImage): PublicImage {
  return {
    ...image,
    src: absoluteUrl(siteUrl, image.src),
    srcSet: image.srcSet
      .split(", ")
      .filter(Boolean)
      .map((entry) => absoluteUrl(siteUrl, entry))
      .join(", "),
  };
}

export type FeedLink = { url: string; title: string };

/**
 * The feeds a page announces in its <head> (Next metadata `alternates.types`),
 * titled as the feeds title themselves: a section's feeds first on its pages,
 * then the language's (all sections).
 */
export function feedAlternates(params: {
  language: Language;
  siteName: string;
  section?: { slug: string; name: string };
}): Record<"application/rss+xml" | "application/atom+xml", FeedLink[]> {
  const t = messagesFor(params.language);
  const links = (format: FeedFormat, label: string): FeedLink[] => [
    ...(params.section
      ? [{ url: feedPath(format, params.language, params.section.slug), title: `${params.section.name} | ${params.siteName} (${label})` }]
      : []),
    { url: feedPath(format, params.language), title: `${params.siteName} (${label})` },
  ];
  return { "application/rss+xml": links("rss", t.rssFeed), "application/atom+xml": links("atom", t.atomFeed) };
}
