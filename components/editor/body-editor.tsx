"use client";

import type { Editor, JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { MediaPicker, type PickedMedia } from "@/components/media/media-picker";
import type { Language } from "@/db/schema";
import type { PublicImage } from "@/lib/public/types";
import { editorExtensions } from "./editor-extensions";
import { EditorToolbar } from "./editor-toolbar";
import { LinkDialog } from "./link-dialog";
import { cleanPastedHtml } from "./paste-cleanup";
import { VideoDialog } from "./video-dialog";

/** The images the editor can show, by media id; the picker adds to it. */
export type ImageStore = { get(id: string): PublicImage | undefined; add(image: PublicImage): void };

type OpenDialog = "link" | "image" | "video" | null;

/**
 * Inserts an image or a video with an empty paragraph after it, so the cursor
 * lands below it: left selected, the block would be replaced by what comes next.
 */
function insertBlock(editor: Editor | null, block: JSONContent): void {
  editor?.chain().focus().insertContent([block, { type: "paragraph" }]).run();
}

const PLACEHOLDER: Record<Language, string> = { en: "Write the story…", km: "សរសេរ​អត្ថបទ…" };

/**
 * The story body in Tiptap, with its toolbar and the link, image and video
 * dialogs. It reports edits through onChange (cheap: no serialising per
 * keystroke) and hands its editor to the parent through onReady.
 */
export function BodyEditor({
  initialBody,
  editable,
  language,
  images,
  onChange,
  onReady,
}: {
  initialBody: JSONContent;
  editable: boolean;
  language: Language;
  images: ImageStore;
  onChange(): void;
  onReady(editor: Editor | null): void;
}) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const languageRef = useRef(language);
  // Built once: new extension or prop objects on a render would make Tiptap
  // reconfigure the view (the parent renders again whenever the save status changes).
  // The attributes are a function so that they always carry the current language.
  const [setup] = useState(() => ({
    extensions: editorExtensions(
      {
        image: (id) => images.get(id),
        openLink: () => setDialog("link"),
        openImage: () => setDialog("image"),
        openVideo: () => setDialog("video"),
      },
      PLACEHOLDER[language],
    ),
    editorProps: {
      attributes: () => ({
        id: "story-body-editor",
        "aria-label": "Story text",
        "aria-multiline": "true",
        role: "textbox",
        lang: languageRef.current,
        class: "story-body editor-body min-h-[40vh] px-1 py-4",
      }),
      transformPastedHTML: cleanPastedHtml,
    },
  }));

  const editor = useEditor({
    extensions: setup.extensions,
    content: initialBody,
    editable,
    // Rendered in the browser only: the server has no DOM for ProseMirror.
    immediatelyRender: false,
    // The toolbar subscribes to what it shows; nothing else re-renders per keystroke.
    shouldRerenderOnTransaction: false,
    editorProps: setup.editorProps,
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) onChangeRef.current();
    },
  });

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    languageRef.current = language;
    editor?.view.dom.setAttribute("lang", language);
  }, [editor, language]);

  function close() {
    setDialog(null);
    editor?.commands.focus();
  }

  function insertImage(media: PickedMedia) {
    images.add(media);
    setDialog(null);
    insertBlock(editor, { type: "imageFigure", attrs: { mediaId: media.id } });
  }

  const linkHref = editor && dialog === "link" ? String(editor.getAttributes("link").href ?? "") : "";

  return (
    <div className="rounded border border-stone-300 dark:border-stone-700">
      {editor ? (
        <EditorToolbar
          editor={editor}
          disabled={!editable}
          actions={{ openLink: () => setDialog("link"), openImage: () => setDialog("image"), openVideo: () => setDialog("video") }}
        />
      ) : (
        <p className="p-2 text-sm text-stone-600 dark:text-stone-400" role="status">
          Loading the editor…
        </p>
      )}
      <EditorContent editor={editor} className="px-3" />
      {editor && dialog === "link" && (
        <LinkDialog
          initialHref={linkHref}
          onClose={close}
          onRemove={linkHref ? () => (editor.chain().focus().extendMarkRange("link").unsetLink().run(), setDialog(null)) : null}
          onApply={(href) => {
            setDialog(null);
            if (editor.state.selection.empty && !editor.isActive("link")) {
              editor.chain().focus().insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
            } else {
              editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
            }
          }}
        />
      )}
      {editor && dialog === "video" && (
        <VideoDialog
          onClose={close}
          onInsert={(video) => {
            setDialog(null);
            insertBlock(editor, { type: "videoEmbed", attrs: video });
          }}
        />
      )}
      {editor && dialog === "image" && <MediaPicker onClose={close} onSelect={insertImage} />}
    </div>
  );
}
