"use client";

import { useState } from "react";
import { describedBy, errorsOf, FieldErrors, hintClass, inputClass, labelClass, valueOf } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import type { TaxonomyState } from "@/lib/actions/taxonomy-action-states";
import { slugify } from "@/lib/slug";

type SectionValues = { name: string; nameKm: string; slug: string; description: string };

/** Name, Khmer name, slug and description: the fields of the create and edit forms. */
export function SectionFields({ idPrefix, state, initial }: { idPrefix: string; state: TaxonomyState | null; initial: SectionValues }) {
  const name = valueOf(state, "name", initial.name);
  // What an empty slug field becomes, shown as the field's placeholder while the name is typed.
  const [suggested, setSuggested] = useState(slugify(name));
  const slugErrors = errorsOf(state, "slug");
  const descriptionErrors = errorsOf(state, "description");
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <TextField
        id={id("name")}
        name="name"
        label="Name (English)"
        required
        defaultValue={name}
        onChange={(event) => setSuggested(slugify(event.target.value))}
        errors={errorsOf(state, "name")}
      />
      <TextField id={id("name-km")} name="nameKm" label="Name (Khmer)" lang="km" defaultValue={valueOf(state, "nameKm", initial.nameKm)} errors={errorsOf(state, "nameKm")} />
      <TextField
        id={id("slug")}
        name="slug"
        label="Slug"
        hint={suggested ? `The section's address: /sections/<slug>. Leave empty to use "${suggested}".` : "The section's address: /sections/<slug>."}
        placeholder={suggested}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={valueOf(state, "slug", initial.slug)}
        errors={slugErrors}
      />
      <div>
        <label htmlFor={id("description")} className={labelClass}>
          Description
        </label>
        <p id={id("description-hint")} className={hintClass}>
          Optional, up to 500 characters; shown on the section page.
        </p>
        <textarea
          id={id("description")}
          name="description"
          rows={3}
          defaultValue={valueOf(state, "description", initial.description)}
          className={inputClass}
          {...describedBy(id("description"), descriptionErrors, id("description-hint"))}
        />
        <FieldErrors id={`${id("description")}-errors`} errors={descriptionErrors} />
      </div>
    </>
  );
}
