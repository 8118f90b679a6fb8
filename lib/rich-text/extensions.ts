import { Node, mergeAttributes, type Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "./links";

// A highlighted quotation set apart from the text (distinct from a block quote,
// which quotes a source at length).
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "text*",
  marks: "",
  defining: true,
  parseHTML: () => [{ tag: "aside[data-type='pull-quote']" }],
  renderHTML: ({ HTMLAttributes }) => ["aside", mergeAttributes(HTMLAttributes, { "data-type": "pull-quote" }), 0],
});

// An image from the media library. Only the id is stored: caption, credit and
// alt text live on the media row, so an edit in the library shows everywhere.
export const ImageFigure = Node.create({
  name: "imageFigure",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({
    mediaId: {
      default: null,
      parseHTML: (element) => element.getAttribute("data-media-id"),
      renderHTML: (attributes) => ({ "data-media-id": attributes.mediaId }),
    },
  }),
  parseHTML: () => [{ tag: "figure[data-media-id]" }],
  renderHTML: ({ HTMLAttributes }) => ["figure", mergeAttributes(HTMLAttributes, { "data-type": "image-figure" })],
});

// A YouTube or Facebook video, stored as provider + id; the frame address is
// rebuilt from those at render time (lib/rich-text/video.ts).
export const VideoEmbed = Node.create({
  name: "videoEmbed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({
    provider: {
      default: "youtube",
      parseHTML: (element) => element.getAttribute("data-provider"),
      renderHTML: (attributes) => ({ "data-provider": attributes.provider }),
    },
    videoId: {
      default: "",
      parseHTML: (element) => element.getAttribute("data-video-id"),
      renderHTML: (attributes) => ({ "data-video-id": attributes.videoId }),
    },
  }),
  parseHTML: () => [{ tag: "div[data-type='video-embed']" }],
  renderHTML: ({ HTMLAttributes }) => ["div", mergeAttributes(HTMLAttributes, { "data-type": "video-embed" })],
});

/**
 * The one extension list that defines a story's document: the editor adds
 * only behaviour (placeholders, counters) on top, and the server renderer and
 * the save validator use exactly this list, so they agree on what is valid.
 */
export function storyExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["mailto"],
        defaultProtocol: "https",
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    PullQuote,
    ImageFigure,
    VideoEmbed,
  ];
}
