import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import type { JSONContent } from "@tiptap/core";
import { storyExtensions } from "@/lib/rich-text/extensions";
import { isSafeHref } from "@/lib/rich-text/links";
import { parseStoryDocument } from "@/lib/rich-text/schema";
import { videoEmbedSrc, type VideoProvider } from "@/lib/rich-text/video";
import type { PublicImage } from "@/lib/public/types";
import { Figure } from "@/components/site/figure";

const extensions = storyExtensions();

/**
 * Renders a stored story document on the server. Every element comes from the
 * shared schema and the mappings below; nothing the author typed is ever
 * inserted as HTML, links are re-checked, and video frames are rebuilt from
 * provider and id.
 */
export function StoryBody({ doc, images }: { doc: JSONContent; images: Record<string, PublicImage> }) {
  const content = parseStoryDocument(doc);
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
              const src = videoEmbedSrc({ provider: node.attrs.provider as VideoProvider, videoId: String(node.attrs.videoId) });
              if (!src) return <></>;
              return (
                <div className="video-embed">
                  <iframe
                    src={src}
                    title={node.attrs.provider === "youtube" ? "YouTube video" : "Facebook video"}
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
