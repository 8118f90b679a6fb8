"use client";

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A small modal dialog: focus moves into it, stays inside it (Tab wraps), and
 * Escape or a click outside closes it.
 */
export function EditorDialog({ title, onClose, children, wide = false }: { title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const first = dialog.current?.querySelector<HTMLElement>("input, select, textarea") ?? dialog.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className={`flex max-h-[90vh] w-full flex-col gap-4 overflow-y-auto rounded bg-white p-5 text-stone-900 shadow-xl dark:bg-stone-900 dark:text-stone-100 ${wide ? "max-w-5xl" : "max-w-lg"}`}
      >
        <h2 id={titleId} className="font-serif text-xl font-bold">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
