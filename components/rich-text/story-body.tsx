import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import type { JSONContent } from "@tiptap/core";
import { storyExtensions } from "@/lib/rich-text/extensions";
import { isSafeHref } from "@/lib/rich-text/links";
import { parseStoryDocument } from "@/lib/rich-text/schema";
import { videoEmbedSrc, type VideoProvider } from "@/lib/rich-text/video";
import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicImage } from "@/lib/public/types";
import { Figure } from "@/components/site/figure";

const extensions = storyExtensions();

const PROVIDER_NAME: Record<VideoProvider, string> = { youtube: "YouTube", facebook: "Facebook" };

/**
 * Renders a stored story document on the server. Every element comes from the
 * shared schema and the mappings below; nothing the author typed is ever
 * inserted as HTML, links are re-checked, and video frames are rebuilt from
 * provider and id. Frame titles (what a screen reader announces) are in the
 * story's language.
 */
export function StoryBody({ doc, images, language }: { doc: JSONContent; images: Record<string, PublicImage>; language: Language }) {
  const content = parseStoryDocument(doc);
  const t = messagesFor(language);
  return (
    <div className="story-body">
      {renderToReactElement({
        content,
        extensions,
        options: {
          markMapping: {
            link: ({ mark, children }) =>
              isSafeHref(mark.attrs.href) ? (
                <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
                  {children}
                </a>
              ) : (
                <>{children}</>
              ),
          },
          nodeMapping: {
            pullQuote: ({ children }) => (
              <aside className="pull-quote" data-type="pull-quote">
                <p>{children}</p>
              </aside>
            ),
            imageFigure: ({ node }) => {
              const image = images[String(node.attrs.mediaId)];
              return image ? <Figure image={image} sizes="(min-width: 768px) 42rem, 100vw" /> : <></>;
            },
            videoEmbed: ({ node }) => {
              const provider = node.attrs.provider as VideoProvider;
              const src = videoEmbedSrc({ provider, videoId: String(node.attrs.videoId) });
              if (!src) return <></>;
              return (
                <div className="video-embed">
                  <iframe
                    src={src}
                    title={t.videoTitle(PROVIDER_NAME[provider])}
                    loading="lazy"
                    referrerPolicy="strict-origin-when-cross-origin"
                    sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
                    allow="encrypted-media; picture-in-picture; fullscreen"
                    allowFullScreen
                  />
                </div>
              );
            },
          },
        },
      })}
    </div>
  );
}
