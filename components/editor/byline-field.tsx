"use client";

import { useId, useState } from "react";
import { FieldErrors, hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { MAX_BYLINES } from "@/lib/articles/article-input";

type Person = { id: string; name: string; active: boolean };

/** Bylines in order: move people up and down with buttons, add from the staff list, remove. */
export function BylineField({
  value,
  staff,
  editable,
  errors,
  onChange,
}: {
  value: string[];
  staff: Person[];
  editable: boolean;
  errors?: string[];
  onChange(value: string[]): void;
}) {
  const id = useId();
  const [adding, setAdding] = useState("");
  const byId = new Map(staff.map((person) => [person.id, person]));
  const available = staff.filter((person) => person.active && !value.includes(person.id));

  function move(index: number, by: -1 | 1) {
    const next = [...value];
    const [person] = next.splice(index, 1);
    if (person === undefined) return;
    next.splice(index + by, 0, person);
    onChange(next);
  }

  return (
    <fieldset aria-describedby={errors?.length ? `${id}-errors` : undefined}>
      <legend className={labelClass}>Byline</legend>
      {!editable && <p className={hintClass}>Only editors change bylines.</p>}
      <ol className="mt-1 space-y-1">
        {value.map((personId, index) => {
          const name = byId.get(personId)?.name ?? "Unknown person";
          return (
            <li key={personId} className="flex items-center gap-2 text-sm">
              <span className="grow">
                {index + 1}. {name}
                {byId.get(personId)?.active === false && " (deactivated)"}
              </span>
              {editable && (
                <>
                  <button type="button" className={secondaryButtonClass} disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${name} up`}>
                    ↑
                  </button>
                  <button type="button" className={secondaryButtonClass} disabled={index === value.length - 1} onClick={() => move(index, 1)} aria-label={`Move ${name} down`}>
                    ↓
                  </button>
                  <button type="button" className={secondaryButtonClass} disabled={value.length === 1} onClick={() => onChange(value.filter((other) => other !== personId))} aria-label={`Remove ${name} from the byline`}>
                    ✕
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {editable && value.length < MAX_BYLINES && available.length > 0 && (
        <div className="mt-2 flex gap-2">
          <label htmlFor={`${id}-add`} className="sr-only">
            Add to the byline
          </label>
          <select id={`${id}-add`} value={adding} onChange={(event) => setAdding(event.target.value)} className={`${inputClass} mt-0`}>
            <option value="">Add a person…</option>
            {available.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!adding}
            onClick={() => {
              if (adding) onChange([...value, adding]);
              setAdding("");
            }}
          >
            Add
          </button>
        </div>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </fieldset>
  );
}
