import { articlePath, homePath } from "@/lib/i18n/languages";
import { absoluteImage, absoluteUrl, authorPath } from "./syndication-urls";
import type { PublicArticle } from "./types";

// schema.org structured data for story pages, serialised so it is safe inside
// a <script> element.

/**
 * JSON for a <script type="application/ld+json"> element: "<" (and ">", "&",
 * and the JavaScript line separators) as \u escapes, which JSON readers decode
 * back, so "</script>" in a headline cannot close the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export type NewsArticleJsonLd = Record<string, unknown> & { "@context": "https://schema.org"; "@type": "NewsArticle" };

/** A NewsArticle with its images, dates, authors, publisher and corrections (as CorrectionComment items). */
export function newsArticleJsonLd(article: PublicArticle, site: { name: string; url: string }): NewsArticleJsonLd {
  const url = absoluteUrl(site.url, articlePath(article.language, article.slug));
  const lead = article.leadImage ? absoluteImage(site.url, article.leadImage) : null;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.headline,
    ...(article.standfirst ? { description: article.standfirst } : {}),
    inLanguage: article.language,
    ...(lead
      ? {
          image: [
            {
              "@type": "ImageObject",
              url: lead.src,
              width: lead.width,
              height: lead.height,
              ...(lead.caption ? { caption: lead.caption } : {}),
              ...(lead.credit ? { creditText: lead.credit } : {}),
            },
          ],
        }
      : {}),
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.bylines.map((byline) => ({ "@type": "Person", name: byline.name, url: absoluteUrl(site.url, authorPath(article.language, byline.slug)) })),
    publisher: { "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl(site.url, homePath(article.language)) },
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    wordCount: article.wordCount,
    ...(article.corrections.length > 0
      ? {
          correction: article.corrections.map((correction) => ({
            "@type": "CorrectionComment",
            text: correction.text,
            datePublished: correction.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}
