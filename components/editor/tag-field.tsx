"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { FieldErrors, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { MAX_TAGS } from "@/lib/articles/article-input";

type Tag = { id: string; name: string };

/** Tags: pick one from the list by name, or type a new one (created at once, for everyone). */
export function TagField({
  value,
  tags,
  disabled,
  errors,
  onChange,
  createTag,
}: {
  value: string[];
  tags: Tag[];
  disabled: boolean;
  errors?: string[];
  onChange(value: string[]): void;
  createTag(name: string): Promise<{ ok: true; tag: Tag } | { ok: false; error: string }>;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const byId = new Map(tags.map((tag) => [tag.id, tag]));

  async function add(event?: FormEvent) {
    event?.preventDefault();
    const name = text.trim();
    if (!name) return;
    setMessage(null);
    const known = tags.find((tag) => tag.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (known) {
      if (!value.includes(known.id)) onChange([...value, known.id]);
      setText("");
      return;
    }
    setPending(true);
    try {
      const result = await createTag(name);
      if (!result.ok) setMessage(result.error);
      else {
        if (!value.includes(result.tag.id)) onChange([...value, result.tag.id]);
        setText("");
      }
    } catch {
      setMessage("The tag could not be created: the server could not be reached.");
    } finally {
      setPending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") void add(event);
  }

  const shownErrors = [...(errors ?? []), ...(message ? [message] : [])];
  return (
    <fieldset aria-describedby={shownErrors.length ? `${id}-errors` : undefined}>
      <legend className={labelClass}>Tags</legend>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label="Chosen tags">
        {value.map((tagId) => {
          const name = byId.get(tagId)?.name ?? "Unknown tag";
          return (
            <li key={tagId} className="flex items-center gap-1 rounded border border-stone-400 px-2 py-0.5 text-sm">
              {name}
              {!disabled && (
                <button type="button" onClick={() => onChange(value.filter((other) => other !== tagId))} aria-label={`Remove tag ${name}`} className="px-1">
                  ✕
                </button>
              )}
            </li>
          );
        })}
        {value.length === 0 && <li className="text-sm text-stone-600 dark:text-stone-400">No tags yet.</li>}
      </ul>
      {!disabled && value.length < MAX_TAGS && (
        <div className="mt-2 flex gap-2">
          <label htmlFor={`${id}-input`} className="sr-only">
            Add a tag
          </label>
          <input
            id={`${id}-input`}
            type="text"
            list={`${id}-options`}
            value={text}
            placeholder="Add a tag…"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            className={`${inputClass} mt-0`}
          />
          <datalist id={`${id}-options`}>
            {tags
              .filter((tag) => !value.includes(tag.id))
              .map((tag) => (
                <option key={tag.id} value={tag.name} />
              ))}
          </datalist>
          <button type="button" className={secondaryButtonClass} disabled={pending || !text.trim()} onClick={() => void add()}>
            {pending ? "Adding…" : "Add"}
          </button>
        </div>
      )}
      <FieldErrors id={`${id}-errors`} errors={shownErrors.length ? shownErrors : undefined} />
    </fieldset>
  );
}
