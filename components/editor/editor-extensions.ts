import { Extension, type Extensions } from "@tiptap/core";
import { Placeholder } from "@tiptap/extensions";
import { ImageFigure, VideoEmbed, storyExtensions } from "@/lib/rich-text/extensions";
import type { PublicImage } from "@/lib/public/types";
import { videoEmbedSrc, type VideoProvider } from "@/lib/rich-text/video";

// The editor uses the shared story extensions unchanged (same schema as the
// validator and the renderer) and adds behaviour only: how images and videos
// look while editing, a placeholder, and shortcuts for the toolbar's dialogs.

export type EditorCallbacks = {
  image(mediaId: string): PublicImage | undefined;
  openLink(): void;
  openImage(): void;
  openVideo(): void;
};

function imageFigureView(lookup: EditorCallbacks["image"]) {
  return ImageFigure.extend({
    addNodeView() {
      return ({ node }) => {
        const dom = document.createElement("figure");
        dom.className = "editor-figure";
        dom.setAttribute("data-type", "image-figure");
        dom.contentEditable = "false";
        const render = (mediaId: unknown) => {
          dom.replaceChildren();
          const image = typeof mediaId === "string" ? lookup(mediaId) : undefined;
          if (!image) {
            const missing = document.createElement("p");
            missing.textContent = "Image from the media library (not loaded)";
            dom.append(missing);
            return;
          }
          const img = document.createElement("img");
          img.src = image.src;
          if (image.srcSet) img.srcset = image.srcSet;
          img.sizes = "(min-width: 768px) 42rem, 100vw";
          img.width = image.width;
          img.height = image.height;
          img.alt = image.alt;
          img.loading = "lazy";
          img.decoding = "async";
          const caption = document.createElement("figcaption");
          caption.textContent = [image.caption || "No caption", image.credit ? `(${image.credit})` : "(no credit)", image.alt ? "" : "· no alt text"].filter(Boolean).join(" ");
          dom.append(img, caption);
        };
        render(node.attrs.mediaId);
        return {
          dom,
          update(updated) {
            if (updated.type.name !== "imageFigure") return false;
            render(updated.attrs.mediaId);
            return true;
          },
          ignoreMutation: () => true,
        };
      };
    },
  });
}

// Frames are not loaded while editing: a labelled box is lighter and sends nothing to the video site.
const VideoEmbedView = VideoEmbed.extend({
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement("div");
      dom.className = "editor-video";
      dom.setAttribute("data-type", "video-embed");
      dom.contentEditable = "false";
      const render = (provider: unknown, videoId: unknown) => {
        const name = provider === "facebook" ? "Facebook" : "YouTube";
        const valid = videoEmbedSrc({ provider: provider as VideoProvider, videoId: String(videoId) }) !== null;
        dom.textContent = valid ? `▶ ${name} video ${String(videoId)}` : `${name} video with an invalid address`;
      };
      render(node.attrs.provider, node.attrs.videoId);
      return {
        dom,
        update(updated) {
          if (updated.type.name !== "videoEmbed") return false;
          render(updated.attrs.provider, updated.attrs.videoId);
          return true;
        },
        ignoreMutation: () => true,
      };
    };
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
  ];
}
