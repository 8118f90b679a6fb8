import { Extension, mergeAttributes, type Extensions } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { Placeholder } from "@tiptap/extensions";
import { ImageFigure, VideoEmbed, storyExtensions } from "@/lib/rich-text/extensions";
import type { PublicImage } from "@/lib/public/types";
import { videoEmbedSrc, type VideoProvider } from "@/lib/rich-text/video";
import { TypedText } from "./typed-text-extension";

// The editor uses the shared story extensions unchanged (same schema as the
// validator and the renderer) and adds behaviour only: how images and videos
// look while editing, a placeholder, and shortcuts for the toolbar's dialogs.

export type EditorCallbacks = {
  image(mediaId: string): PublicImage | undefined;
  openLink(): void;
  openImage(): void;
  openVideo(): void;
};

function imageCaption(image: PublicImage): string {
  return [image.caption || "No caption", image.credit ? `(${image.credit})` : "(no credit)", image.alt ? "" : "· no alt text"].filter(Boolean).join(" ");
}

// Images and videos are drawn with renderHTML, not node views: Tiptap installs
// node views after the view is built, which makes ProseMirror draw a long
// story twice as the editor opens. ProseMirror makes these atoms uneditable.
function imageFigureView(lookup: EditorCallbacks["image"]) {
  return ImageFigure.extend({
    renderHTML({ node, HTMLAttributes }): DOMOutputSpec {
      const attributes = mergeAttributes(HTMLAttributes, { "data-type": "image-figure", class: "editor-figure" });
      const image = typeof node.attrs.mediaId === "string" ? lookup(node.attrs.mediaId) : undefined;
      if (!image) return ["figure", attributes, ["p", "Image from the media library (not loaded)"]];
      const img = {
        src: image.src,
        srcset: image.srcSet || null,
        sizes: "(min-width: 768px) 42rem, 100vw",
        width: String(image.width),
        height: String(image.height),
        alt: image.alt,
        loading: "lazy",
        decoding: "async",
      };
      return ["figure", attributes, ["img", img], ["figcaption", imageCaption(image)]];
    },
  });
}

// Frames are not loaded while editing: a labelled box is lighter and sends nothing to the video site.
const VideoEmbedView = VideoEmbed.extend({
  renderHTML({ node, HTMLAttributes }): DOMOutputSpec {
    const { provider, videoId } = node.attrs;
    const name = provider === "facebook" ? "Facebook" : "YouTube";
    const valid = videoEmbedSrc({ provider: provider as VideoProvider, videoId: String(videoId) }) !== null;
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "video-embed", class: "editor-video" }), valid ? `▶ ${name} video ${String(videoId)}` : `${name} video with an invalid address`];
  },
});

/** Shortcuts the shared extensions do not have (StarterKit brings bold, italic, headings, lists…). */
export const TOOLBAR_SHORTCUTS = {
  link: "Mod-k",
  pullQuote: "Mod-Alt-q",
  image: "Mod-Alt-i",
  video: "Mod-Alt-v",
  horizontalRule: "Mod-Alt-h",
} as const;

function storyShortcuts(callbacks: EditorCallbacks) {
  return Extension.create({
    name: "storyShortcuts",
    addKeyboardShortcuts() {
      return {
        [TOOLBAR_SHORTCUTS.link]: () => {
          callbacks.openLink();
          return true;
        },
        [TOOLBAR_SHORTCUTS.pullQuote]: () => togglePullQuote(this.editor),
        [TOOLBAR_SHORTCUTS.image]: () => {
          callbacks.openImage();
          return true;
        },
        [TOOLBAR_SHORTCUTS.video]: () => {
          callbacks.openVideo();
          return true;
        },
        [TOOLBAR_SHORTCUTS.horizontalRule]: () => this.editor.commands.setHorizontalRule(),
      };
    },
  });
}

type ChainableEditor = { isActive(name: string): boolean; chain(): { focus(): { setNode(name: string): { run(): boolean } } } };

export function togglePullQuote(editor: ChainableEditor): boolean {
  return editor
    .chain()
    .focus()
    .setNode(editor.isActive("pullQuote") ? "paragraph" : "pullQuote")
    .run();
}

export function editorExtensions(callbacks: EditorCallbacks, placeholder: string): Extensions {
  const ImageView = imageFigureView(callbacks.image);
  return [
    ...storyExtensions().map((extension) => (extension.name === "imageFigure" ? ImageView : extension.name === "videoEmbed" ? VideoEmbedView : extension)),
    Placeholder.configure({ placeholder }),
    storyShortcuts(callbacks),
    TypedText,
  ];
}
