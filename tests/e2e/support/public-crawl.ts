import { baseUrl } from "./browser";

// A crawler over the running app's public surfaces: it starts from the homes,
// feeds, sitemaps, robots.txt and the Content API and follows every same-site
// address it finds (HTML links, sitemap <loc>s, feed links, JSON "url"s), so
// any public page that exists is reached, whoever built it.

const SKIP = /^\/(newsroom|signin|signout|api\/auth|api\/views|media|_next)(\/|$|\?)/;

export const CRAWL_START = [
  "/",
  "/km",
  "/feed.xml",
  "/atom.xml",
  "/km/feed.xml",
  "/km/atom.xml",
  "/api/feeds/feed.xml",
  "/api/feeds/atom.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/api/v1/articles?limit=50",
  "/api/v1/articles?language=km&limit=50",
];

export type CrawledPage = { path: string; status: number; contentType: string; body: string };

/** Decodes the escapes HTML, XML and JSON put in text, so a headline can be searched for as written. */
export function readableText(body: string): string {
  return body
    .replace(/\\"/g, '"')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The site path of an address found in a page, or null when it leads elsewhere. */
function sitePath(raw: string, from: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.replace(/&amp;/g, "&"), new URL(from, baseUrl()));
  } catch {
    return null;
  }
  const ours = new URL(baseUrl());
  // Feeds and sitemaps use the configured site address, which in tests is not the port the app runs on.
  if (url.hostname !== ours.hostname && url.hostname !== "127.0.0.1") return null;
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const path = `${url.pathname}${url.search}`;
  return SKIP.test(path) ? null : path;
}

function linksIn(body: string, from: string): string[] {
  const found: string[] = [];
  for (const pattern of [/href="([^"]+)"/g, /<loc>([^<]+)<\/loc>/g, /<link>([^<]+)<\/link>/g, /"(?:url|next)":"([^"]+)"/g]) {
    for (const match of body.matchAll(pattern)) if (match[1]) found.push(match[1]);
  }
  return found.flatMap((raw) => sitePath(raw, from) ?? []);
}

/** Fetches the start pages and everything they link to on the site, breadth first, up to `limit` pages. */
export async function crawlPublicSite(options: { start?: string[]; limit?: number } = {}): Promise<CrawledPage[]> {
  const queue = [...(options.start ?? CRAWL_START)];
  const seen = new Set(queue);
  const pages: CrawledPage[] = [];
  const limit = options.limit ?? 400;
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift()!;
    const response = await fetch(`${baseUrl()}${path}`, { redirect: "follow" });
    const contentType = response.headers.get("content-type") ?? "";
    const body = /text|xml|json/.test(contentType) ? await response.text() : "";
    if (!body) await response.body?.cancel();
    pages.push({ path, status: response.status, contentType, body });
    for (const next of linksIn(body, path)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return pages;
}
