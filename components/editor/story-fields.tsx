"use client";

import { useId } from "react";
import { FieldErrors, hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import type { Language } from "@/db/schema";
import { HEADLINE_MAX, STANDFIRST_MAX } from "@/lib/articles/article-input";

function aria(id: string, errors: readonly string[] | undefined, hintId?: string) {
  const ids = [hintId, errors?.length ? `${id}-errors` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function HeadlineField({ value, language, disabled, errors, onChange }: { value: string; language: Language; disabled: boolean; errors?: string[]; onChange(value: string): void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Headline
      </label>
      <textarea
        id={id}
        lang={language}
        rows={2}
        value={value}
        maxLength={HEADLINE_MAX}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value.replace(/\n/g, " "))}
        className={`${inputClass} resize-y font-serif text-2xl font-bold leading-snug`}
        {...aria(id, errors)}
      />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function StandfirstField({ value, language, disabled, errors, onChange }: { value: string; language: Language; disabled: boolean; errors?: string[]; onChange(value: string): void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Standfirst
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        One or two sentences under the headline.
      </p>
      <textarea
        id={id}
        lang={language}
        rows={2}
        value={value}
        maxLength={STANDFIRST_MAX}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        className={`${inputClass} resize-y font-serif text-lg`}
        {...aria(id, errors, `${id}-hint`)}
      />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function SlugField({
  value,
  follows,
  disabled,
  errors,
  onChange,
  onFollowHeadline,
}: {
  value: string;
  follows: boolean;
  disabled: boolean;
  errors?: string[];
  onChange(value: string): void;
  onFollowHeadline(): void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Address (slug)
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        {follows ? "Made from the headline until you change it." : "Letters, numbers and hyphens; unique among stories in this language."}
      </p>
      <div className="flex items-start gap-2">
        <input id={id} type="text" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)} className={inputClass} spellCheck={false} {...aria(id, errors, `${id}-hint`)} />
        {!follows && !disabled && (
          <button type="button" onClick={onFollowHeadline} className={`${secondaryButtonClass} mt-1 whitespace-nowrap py-2`}>
            Make from headline
          </button>
        )}
      </div>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function SectionField({
  value,
  sections,
  language,
  disabled,
  errors,
  onChange,
}: {
  value: string | null;
  sections: { id: string; name: string; nameKm: string }[];
  language: Language;
  disabled: boolean;
  errors?: string[];
  onChange(value: string | null): void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Section
      </label>
      <select id={id} value={value ?? ""} disabled={disabled} onChange={(event) => onChange(event.target.value || null)} className={inputClass} {...aria(id, errors)}>
        <option value="">No section yet</option>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {language === "km" && section.nameKm ? `${section.nameKm} (${section.name})` : section.name}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function LanguageField({ value, locked, disabled, errors, onChange }: { value: Language; locked: string | null; disabled: boolean; errors?: string[]; onChange(value: Language): void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Language
      </label>
      {locked && (
        <p id={`${id}-hint`} className={hintClass}>
          {locked}
        </p>
      )}
      <select
        id={id}
        value={value}
        disabled={disabled || locked !== null}
        onChange={(event) => onChange(event.target.value === "km" ? "km" : "en")}
        className={inputClass}
        {...aria(id, errors, locked ? `${id}-hint` : undefined)}
      >
        <option value="en">English</option>
        <option value="km">Khmer (ខ្មែរ)</option>
      </select>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
