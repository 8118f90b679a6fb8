"use client";

import { useId, useState, type FormEvent } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { EditorDialog } from "./editor-dialog";
import { normalizeLinkInput } from "./link-input";

/** Asks for a link's address; refuses anything but http, https and mailto, saying so. */
export function LinkDialog({ initialHref, onApply, onRemove, onClose }: { initialHref: string; onApply(href: string): void; onRemove: (() => void) | null; onClose(): void }) {
  const [value, setValue] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = normalizeLinkInput(value);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onApply(result.href);
  }

  return (
    <EditorDialog title={initialHref ? "Edit link" : "Add link"} onClose={onClose}>
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <div>
          <label htmlFor={inputId} className="block text-sm font-bold">
            Link address
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
            A web address (https://…) or an email address.
          </p>
          <input
            id={inputId}
            type="text"
            inputMode="url"
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
            className={inputClass}
          />
          {error && (
            <p id={`${inputId}-error`} role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
              {error}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass}>
            Apply link
          </button>
          {onRemove && (
            <button type="button" onClick={onRemove} className={secondaryButtonClass}>
              Remove link
            </button>
          )}
          <button type="button" onClick={onClose} className={secondaryButtonClass}>
            Cancel
          </button>
        </div>
      </form>
    </EditorDialog>
  );
}
