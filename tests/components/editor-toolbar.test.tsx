import { Editor } from "@tiptap/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { editorExtensions } from "@/components/editor/editor-extensions";
import { EditorToolbar, describeShortcut } from "@/components/editor/editor-toolbar";

let editor: Editor | null = null;

function makeEditor() {
  const element = document.createElement("div");
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: editorExtensions({ image: () => undefined, openLink() {}, openImage() {}, openVideo() {} }, "Write"),
    content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello world" }] }] },
  });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = null;
});

const NAMES = [
  ["Paragraph", "Control+Alt+0"],
  ["Heading H2", "Control+Alt+2"],
  ["Heading H3", "Control+Alt+3"],
  ["Heading H4", "Control+Alt+4"],
  ["Bold", "Control+B"],
  ["Italic", "Control+I"],
  ["Underline", "Control+U"],
  ["Strikethrough", "Control+Shift+S"],
  ["Link", "Control+K"],
  ["Block quote", "Control+Shift+B"],
  ["Pull quote", "Control+Alt+Q"],
  ["Bulleted list", "Control+Shift+8"],
  ["Numbered list", "Control+Shift+7"],
  ["Insert image", "Control+Alt+I"],
  ["Embed video", "Control+Alt+V"],
  ["Horizontal rule", "Control+Alt+H"],
] as const;

describe("EditorToolbar", () => {
  it("names every button, gives its shortcut, and puts one button in the tab order", () => {
    const instance = makeEditor();
    render(<EditorToolbar editor={instance} disabled={false} actions={{ openLink() {}, openImage() {}, openVideo() {} }} />);
    const toolbar = screen.getByRole("toolbar", { name: "Formatting" });
    const buttons = within(toolbar).getAllByRole("button");
    expect(buttons.map((button) => [button.getAttribute("aria-label"), button.getAttribute("aria-keyshortcuts")])).toEqual(NAMES.map(([name, keys]) => [name, keys]));
    for (const button of buttons) {
      expect(button.getAttribute("title")).toMatch(/\(Ctrl\+/);
      // The visible text is part of the name (WCAG 2.5.3).
      const visible = (button.textContent ?? "").toLowerCase().replace(/[^a-z0-9 ]/g, "").trim();
      expect((button.getAttribute("aria-label") ?? "").toLowerCase()).toContain(visible);
    }
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it("says which toggles are on and applies formatting; arrow keys move along the toolbar", () => {
    const instance = makeEditor();
    render(<EditorToolbar editor={instance} disabled={false} actions={{ openLink() {}, openImage() {}, openVideo() {} }} />);
    const bold = screen.getByRole("button", { name: "Bold" });
    expect(bold.getAttribute("aria-pressed")).toBe("false");
    act(() => {
      instance.commands.selectAll();
    });
    act(() => {
      fireEvent.click(bold);
    });
    expect(bold.getAttribute("aria-pressed")).toBe("true");
    expect(instance.getHTML()).toContain("<strong>Hello world</strong>");

    act(() => {
      instance.commands.setTextSelection(3);
    });
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Heading H3" }));
    });
    expect(instance.getJSON().content?.[0]).toMatchObject({ type: "heading", attrs: { level: 3 } });
    expect(screen.getByRole("button", { name: "Heading H3" }).getAttribute("aria-pressed")).toBe("true");

    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "Pull quote" }));
    });
    expect(instance.getJSON().content?.[0]?.type).toBe("pullQuote");

    const toolbar = screen.getByRole("toolbar");
    screen.getByRole("button", { name: "Pull quote" }).focus();
    fireEvent.keyDown(toolbar, { key: "ArrowRight" });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Bulleted list" }));
    fireEvent.keyDown(toolbar, { key: "End" });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Horizontal rule" }));
    fireEvent.keyDown(toolbar, { key: "ArrowRight" });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Paragraph" }));
  });

  it("every advertised shortcut does what its button does", () => {
    const callbacks = { openLink: vi.fn(), openImage: vi.fn(), openVideo: vi.fn() };
    const element = document.createElement("div");
    document.body.append(element);
    editor = new Editor({
      element,
      extensions: editorExtensions({ image: () => undefined, ...callbacks }, "Write"),
      content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello world" }] }] },
    });
    const instance = editor;
    /** Presses "Control+Alt+2" (aria-keyshortcuts notation) in the editor, as the browser would deliver it. */
    const press = (keys: string) => {
      const parts = keys.split("+");
      const key = (parts.at(-1) ?? "").toLowerCase();
      const event = new KeyboardEvent("keydown", {
        key: parts.includes("Shift") && key === "8" ? "*" : parts.includes("Shift") && key === "7" ? "&" : key,
        code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
        // ProseMirror falls back to the key code for shifted digits ("*" is Shift+8 on a US keyboard).
        keyCode: key.toUpperCase().charCodeAt(0),
        ctrlKey: parts.includes("Control"),
        altKey: parts.includes("Alt"),
        shiftKey: parts.includes("Shift"),
        bubbles: true,
        cancelable: true,
      });
      act(() => {
        instance.view.dom.dispatchEvent(event);
      });
    };
    const shortcut = (name: string) => NAMES.find(([label]) => label === name)?.[1] ?? "";
    const select = () => act(() => void instance.commands.setTextSelection({ from: 1, to: 6 }));
    const firstBlock = () => instance.getJSON().content?.[0];

    for (const [name, level] of [["Heading H2", 2], ["Heading H3", 3], ["Heading H4", 4]] as const) {
      select();
      press(shortcut(name));
      expect(firstBlock(), name).toMatchObject({ type: "heading", attrs: { level } });
    }
    press(shortcut("Paragraph"));
    expect(firstBlock()?.type).toBe("paragraph");

    for (const [name, mark] of [["Bold", "bold"], ["Italic", "italic"], ["Underline", "underline"], ["Strikethrough", "strike"]] as const) {
      select();
      press(shortcut(name));
      expect(instance.isActive(mark), name).toBe(true);
      press(shortcut(name));
    }

    for (const [name, type] of [["Block quote", "blockquote"], ["Pull quote", "pullQuote"], ["Bulleted list", "bulletList"], ["Numbered list", "orderedList"]] as const) {
      select();
      press(shortcut(name));
      expect(firstBlock()?.type, name).toBe(type);
      press(shortcut(name));
      expect(firstBlock()?.type, `${name} off`).toBe("paragraph");
    }

    press(shortcut("Link"));
    press(shortcut("Insert image"));
    press(shortcut("Embed video"));
    expect([callbacks.openLink.mock.calls.length, callbacks.openImage.mock.calls.length, callbacks.openVideo.mock.calls.length]).toEqual([1, 1, 1]);

    act(() => void instance.commands.setTextSelection(12));
    press(shortcut("Horizontal rule"));
    expect(instance.getJSON().content?.map((node) => node.type)).toContain("horizontalRule");
  });

  it("opens the link, image and video dialogs through the parent", () => {
    const instance = makeEditor();
    const actions = { openLink: vi.fn(), openImage: vi.fn(), openVideo: vi.fn() };
    render(<EditorToolbar editor={instance} disabled={false} actions={actions} />);
    fireEvent.click(screen.getByRole("button", { name: "Link" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert image" }));
    fireEvent.click(screen.getByRole("button", { name: "Embed video" }));
    expect([actions.openLink.mock.calls.length, actions.openImage.mock.calls.length, actions.openVideo.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it("is disabled for a story the person may not edit", () => {
    const instance = makeEditor();
    render(<EditorToolbar editor={instance} disabled actions={{ openLink() {}, openImage() {}, openVideo() {} }} />);
    expect(screen.getAllByRole("button").every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });

  it("writes shortcuts for Apple keyboards too", () => {
    expect(describeShortcut("Mod-Alt-2", true)).toEqual({ aria: "Meta+Alt+2", text: "⌘+⌥+2" });
    expect(describeShortcut("Mod-Shift-s", false)).toEqual({ aria: "Control+Shift+S", text: "Ctrl+Shift+S" });
  });
});
