"use client";

import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent } from "react";
import { TOOLBAR_SHORTCUTS, togglePullQuote } from "./editor-extensions";

type ActiveState = Record<string, boolean>;

type ToolbarButton = {
  id: string;
  label: string;
  /** Shown on the button; the accessible name is `label`. */
  glyph: string;
  /** ProseMirror keymap notation ("Mod-b"). */
  shortcut: string;
  toggle: boolean;
  run(editor: Editor): void;
};

export type ToolbarActions = { openLink(): void; openImage(): void; openVideo(): void };

function buttons(actions: ToolbarActions): ToolbarButton[][] {
  return [
    [
      { id: "paragraph", label: "Paragraph", glyph: "¶", shortcut: "Mod-Alt-0", toggle: true, run: (e) => e.chain().focus().setParagraph().run() },
      { id: "heading2", label: "Heading H2", glyph: "H2", shortcut: "Mod-Alt-2", toggle: true, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
      { id: "heading3", label: "Heading H3", glyph: "H3", shortcut: "Mod-Alt-3", toggle: true, run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
      { id: "heading4", label: "Heading H4", glyph: "H4", shortcut: "Mod-Alt-4", toggle: true, run: (e) => e.chain().focus().toggleHeading({ level: 4 }).run() },
    ],
    [
      { id: "bold", label: "Bold", glyph: "B", shortcut: "Mod-b", toggle: true, run: (e) => e.chain().focus().toggleBold().run() },
      { id: "italic", label: "Italic", glyph: "I", shortcut: "Mod-i", toggle: true, run: (e) => e.chain().focus().toggleItalic().run() },
      { id: "underline", label: "Underline", glyph: "U", shortcut: "Mod-u", toggle: true, run: (e) => e.chain().focus().toggleUnderline().run() },
      { id: "strike", label: "Strikethrough", glyph: "S", shortcut: "Mod-Shift-s", toggle: true, run: (e) => e.chain().focus().toggleStrike().run() },
      { id: "link", label: "Link", glyph: "Link", shortcut: TOOLBAR_SHORTCUTS.link, toggle: true, run: () => actions.openLink() },
    ],
    [
      { id: "blockquote", label: "Block quote", glyph: "Quote", shortcut: "Mod-Shift-b", toggle: true, run: (e) => e.chain().focus().toggleBlockquote().run() },
      { id: "pullQuote", label: "Pull quote", glyph: "Pull quote", shortcut: TOOLBAR_SHORTCUTS.pullQuote, toggle: true, run: (e) => togglePullQuote(e) },
      { id: "bulletList", label: "Bulleted list", glyph: "Bulleted", shortcut: "Mod-Shift-8", toggle: true, run: (e) => e.chain().focus().toggleBulletList().run() },
      { id: "orderedList", label: "Numbered list", glyph: "Numbered", shortcut: "Mod-Shift-7", toggle: true, run: (e) => e.chain().focus().toggleOrderedList().run() },
    ],
    [
      { id: "image", label: "Insert image", glyph: "Image", shortcut: TOOLBAR_SHORTCUTS.image, toggle: false, run: () => actions.openImage() },
      { id: "video", label: "Embed video", glyph: "Video", shortcut: TOOLBAR_SHORTCUTS.video, toggle: false, run: () => actions.openVideo() },
      { id: "horizontalRule", label: "Horizontal rule", glyph: "―", shortcut: TOOLBAR_SHORTCUTS.horizontalRule, toggle: false, run: (e) => e.chain().focus().setHorizontalRule().run() },
    ],
  ];
}

function activeState(editor: Editor): ActiveState {
  return {
    paragraph: editor.isActive("paragraph"),
    heading2: editor.isActive("heading", { level: 2 }),
    heading3: editor.isActive("heading", { level: 3 }),
    heading4: editor.isActive("heading", { level: 4 }),
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    underline: editor.isActive("underline"),
    strike: editor.isActive("strike"),
    link: editor.isActive("link"),
    blockquote: editor.isActive("blockquote"),
    pullQuote: editor.isActive("pullQuote"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
  };
}

function isApple(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** "Mod-Alt-2" as aria-keyshortcuts wants it ("Control+Alt+2") and as people read it ("Ctrl+Alt+2"). */
export function describeShortcut(shortcut: string, apple: boolean): { aria: string; text: string } {
  const parts = shortcut.split("-").map((part) => (part.length === 1 ? part.toUpperCase() : part));
  const aria = parts.map((part) => (part === "Mod" ? (apple ? "Meta" : "Control") : part)).join("+");
  const text = parts.map((part) => (part === "Mod" ? (apple ? "⌘" : "Ctrl") : part === "Alt" && apple ? "⌥" : part)).join("+");
  return { aria, text };
}

/**
 * The formatting toolbar (each button's visible text is part of its name, so
 * speech control users can say what they see): one tab stop, arrow keys move between buttons
 * (the WAI-ARIA toolbar pattern); every button has a name, its shortcut in
 * aria-keyshortcuts and the tooltip, and toggles say whether they are on.
 */
export function EditorToolbar({ editor, actions, disabled }: { editor: Editor; actions: ToolbarActions; disabled: boolean }) {
  const active = useEditorState({ editor, selector: ({ editor: current }) => activeState(current) });
  const groups = buttons(actions);
  const flat = groups.flat();
  const [focusIndex, setFocusIndex] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const apple = isApple();

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: flat.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + flat.length) % flat.length;
    setFocusIndex(next);
    refs.current[next]?.focus();
  }

  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-controls="story-body-editor"
      onKeyDown={onKeyDown}
      className="sticky top-0 z-10 flex flex-wrap gap-2 border-b border-stone-300 bg-white/95 p-2 dark:border-stone-700 dark:bg-stone-900/95"
    >
      {groups.map((group, groupIndex) => (
        <div key={groupIndex} role="group" className="flex gap-1">
          {group.map((button) => {
            const position = flat.indexOf(button);
            const shortcut = describeShortcut(button.shortcut, apple);
            const pressed = button.toggle ? Boolean(active?.[button.id]) : undefined;
            return (
              <button
                key={button.id}
                ref={(element) => {
                  refs.current[position] = element;
                }}
                type="button"
                tabIndex={position === focusIndex ? 0 : -1}
                aria-label={button.label}
                aria-pressed={pressed}
                aria-keyshortcuts={shortcut.aria}
                title={`${button.label} (${shortcut.text})`}
                disabled={disabled}
                // Keep the selection in the editor: focus stays there, so typing after a click goes into the text.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setFocusIndex(position);
                  button.run(editor);
                }}
                className={`min-w-9 rounded border px-2 py-1 text-sm font-bold disabled:opacity-50 ${
                  pressed ? "border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900" : "border-stone-300 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
                } ${button.id === "italic" ? "italic" : ""} ${button.id === "underline" ? "underline" : ""} ${button.id === "strike" ? "line-through" : ""}`}
              >
                <span aria-hidden="true">{button.glyph}</span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
