import type { JSONContent } from "@tiptap/core";
import type { Language } from "@/db/schema";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { storyExtensions } from "@/lib/rich-text/extensions";
import { isSafeHref } from "@/lib/rich-text/links";
import { parseStoryDocument } from "@/lib/rich-text/schema";
import { videoEmbedSrc, type VideoProvider } from "@/lib/rich-text/video";

const extensions = storyExtensions();

export type FeedImage = { src: string; width: number; height: number; alt: string; caption: string; credit: string };

/** Ids of the library images a document places in its body. */
export function bodyMediaIds(node: JSONContent, into: Set<string> = new Set()): Set<string> {
  if (node.type === "imageFigure" && typeof node.attrs?.mediaId === "string") into.add(node.attrs.mediaId);
  for (const child of node.content ?? []) bodyMediaIds(child, into);
  return into;
}

const WATCH_LABEL: Record<Language, Record<VideoProvider, string>> = {
  en: { youtube: "Watch the video on YouTube", facebook: "Watch the video on Facebook" },
  km: { youtube: "មើលវីដេអូនៅលើ YouTube", facebook: "មើលវីដេអូនៅលើ Facebook" },
};

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function children(value: unknown): string {
  return ([] as unknown[]).concat(value ?? "").filter(Boolean).join("");
}

function watchUrl(provider: VideoProvider, videoId: string): string | null {
  // videoEmbedSrc validates the id for its provider; feeds link out instead of framing.
  if (!videoEmbedSrc({ provider, videoId })) return null;
  return provider === "youtube" ? `https://www.youtube.com/watch?v=${videoId}` : `https://www.facebook.com/watch/?v=${videoId}`;
}

/**
 * A story's body as HTML for feed readers, from the stored document through
 * the shared schema (the same as the page). Text is escaped by the renderer,
 * links are re-checked, images come from the library with absolute addresses,
 * and videos become plain links: feed readers drop frames and scripts.
 */
export function renderFeedHtml(doc: JSONContent, images: Record<string, FeedImage>, language: Language): string {
  return renderToHTMLString({
    content: parseStoryDocument(doc),
    extensions,
    options: {
      markMapping: {
        link: ({ mark, children: inner }) => {
          const href: unknown = mark.attrs.href;
          return typeof href === "string" && isSafeHref(href) ? `<a href="${escapeHtml(href)}">${children(inner)}</a>` : children(inner);
        },
      },
      nodeMapping: {
        pullQuote: ({ children: inner }) => `<blockquote class="pull-quote"><p>${children(inner)}</p></blockquote>`,
        imageFigure: ({ node }) => {
          const image = images[String(node.attrs.mediaId)];
          if (!image) return "";
          const caption = [image.caption, image.credit].filter(Boolean).map(escapeHtml).join(" — ");
          return (
            `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"/>` +
            `${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`
          );
        },
        videoEmbed: ({ node }) => {
          const provider = node.attrs.provider as VideoProvider;
          const url = watchUrl(provider, String(node.attrs.videoId));
          if (!url) return "";
          return `<p><a href="${escapeHtml(url)}">${escapeHtml(WATCH_LABEL[language][provider])}</a></p>`;
        },
      },
    },
  });
}
