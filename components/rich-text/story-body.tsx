import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import type { JSONContent } from "@tiptap/core";
import { storyExtensions } from "@/lib/rich-text/extensions";
import { isSafeHref } from "@/lib/rich-text/links";
import { parseStoryDocument } from "@/lib/rich-text/schema";
import { videoEmbedSrc, videoWatchUrl, type VideoProvider } from "@/lib/rich-text/video";
import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicImage } from "@/lib/public/types";
import { Figure } from "@/components/site/figure";
import { ClickToLoadVideo } from "./click-to-load-video";

const extensions = storyExtensions();

const PROVIDER_NAME: Record<VideoProvider, string> = { youtube: "YouTube", facebook: "Facebook" };

/**
 * Renders a stored story document on the server. Every element comes from the
 * shared schema and the mappings below; nothing the author typed is ever
 * inserted as HTML, links are re-checked, and video frames are rebuilt from
 * provider and id. Videos load only when the reader plays them (see
 * ClickToLoadVideo); their labels are in the story's language.
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
              const ref = { provider, videoId: String(node.attrs.videoId) };
              const src = videoEmbedSrc(ref);
              const watchHref = videoWatchUrl(ref);
              if (!src || !watchHref) return <></>;
              const name = PROVIDER_NAME[provider];
              return (
                <ClickToLoadVideo
                  src={src}
                  title={t.videoTitle(name)}
                  playLabel={t.videoPlay(name)}
                  notice={t.videoLoadsFrom(new URL(src).hostname.replace(/^www\./, ""))}
                  watchHref={watchHref}
                  watchLabel={t.videoWatchOn(name)}
                />
              );
            },
          },
        },
      })}
    </div>
  );
}
