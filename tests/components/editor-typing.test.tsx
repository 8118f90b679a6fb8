import { Editor, type JSONContent } from "@tiptap/core";
import { NodeSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { editorExtensions } from "@/components/editor/editor-extensions";
import type { PublicImage } from "@/lib/public/types";

let editor: Editor | null = null;

const IMAGE: PublicImage = {
  id: "6f1d2c0e-8a4b-4c39-9a57-1f2e3d4c5b6a",
  src: "/media/6f1d2c0e/w960.webp",
  srcSet: "/media/6f1d2c0e/w480.webp 480w, /media/6f1d2c0e/w960.webp 960w",
  width: 1600,
  height: 1000,
  alt: "Boats on the Tonle Sap",
  caption: "Fishermen return before sunrise.",
  credit: "Sophea Chan",
};

function makeEditor(content: JSONContent): Editor {
  const element = document.createElement("div");
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: editorExtensions({ image: (id) => (id === IMAGE.id ? IMAGE : undefined), openLink() {}, openImage() {}, openVideo() {} }, "Write"),
    content,
  });
  // jsdom lays nothing out: scrolling the caret into view has nothing to measure.
  editor.view.setProps({ handleScrollToSelection: () => true });
  return editor;
}

/** What a browser sends for one typed character; returns whether the page let the browser insert it. */
function typeKey(instance: Editor, character: string): boolean {
  const dom = instance.view.dom;
  dom.dispatchEvent(new KeyboardEvent("keydown", { key: character, bubbles: true, cancelable: true }));
  return dom.dispatchEvent(new KeyboardEvent("keypress", { key: character, charCode: character.charCodeAt(0), bubbles: true, cancelable: true }));
}

const paragraph = (text: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text }] });

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe("typing in the story editor", () => {
  it("puts a typed character into the story itself, replacing the selected text", () => {
    const instance = makeEditor({ type: "doc", content: [paragraph("The river rose")] });
    instance.commands.setTextSelection(instance.state.doc.content.size - 1);
    expect(typeKey(instance, "!")).toBe(false);
    expect(instance.getText()).toBe("The river rose!");
    instance.commands.setTextSelection({ from: 5, to: 10 });
    for (const character of "lake") typeKey(instance, character);
    expect(instance.getText()).toBe("The lake rose!");
    // Both edits are in the story's own history, each undone as a whole.
    instance.commands.undo();
    expect(instance.getText()).toBe("The river rose!");
    instance.commands.undo();
    expect(instance.getText()).toBe("The river rose");
  });

  it("keeps the marks at the caret and runs the input rules", () => {
    const instance = makeEditor({ type: "doc", content: [paragraph("Bold: ")] });
    instance.commands.setTextSelection(instance.state.doc.content.size - 1);
    instance.commands.toggleBold();
    typeKey(instance, "x");
    expect(instance.getJSON().content?.[0]?.content?.[1]).toEqual({ type: "text", text: "x", marks: [{ type: "bold" }] });

    const second = makeEditor({ type: "doc", content: [{ type: "paragraph" }] });
    for (const character of "## ") typeKey(second, character);
    expect(second.getJSON().content?.[0]).toMatchObject({ type: "heading", attrs: { level: 2 } });
    second.destroy();
  });

  it("leaves a selected image and Enter to the default handling", () => {
    const instance = makeEditor({ type: "doc", content: [{ type: "imageFigure", attrs: { mediaId: IMAGE.id } }, paragraph("Caption below")] });
    instance.view.dispatch(instance.state.tr.setSelection(NodeSelection.create(instance.state.doc, 0)));
    typeKey(instance, "a");
    // ProseMirror's own handling replaces the selected image with the character.
    expect(instance.getJSON().content?.[0]).toEqual(paragraph("a"));
    instance.commands.setTextSelection(instance.state.doc.content.size - 1);
    expect(typeKey(instance, "\r")).toBe(true);
  });

  it("shows an image with its picture, caption and credit, and a video as a labelled box, neither editable", () => {
    const instance = makeEditor({
      type: "doc",
      content: [
        { type: "imageFigure", attrs: { mediaId: IMAGE.id } },
        { type: "imageFigure", attrs: { mediaId: "00000000-0000-4000-8000-000000000000" } },
        { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ" } },
      ],
    });
    const [figure, missing, video] = Array.from(instance.view.dom.children);
    const img = figure?.querySelector("img");
    expect(img?.getAttribute("alt")).toBe(IMAGE.alt);
    expect(img?.getAttribute("srcset")).toBe(IMAGE.srcSet);
    expect(img?.getAttribute("loading")).toBe("lazy");
    expect(figure?.querySelector("figcaption")?.textContent).toBe("Fishermen return before sunrise. (Sophea Chan)");
    expect(missing?.textContent).toBe("Image from the media library (not loaded)");
    expect(video?.textContent).toBe("▶ YouTube video dQw4w9WgXcQ");
    for (const block of [figure, missing, video]) expect((block as HTMLElement).contentEditable).toBe("false");
    // The document keeps only the ids.
    expect(instance.getJSON().content?.[0]).toEqual({ type: "imageFigure", attrs: { mediaId: IMAGE.id } });
  });
});
