"use client";

import { useActionState } from "react";
import { buttonClass, FormMessage } from "@/components/forms/form-feedback";
import { createSectionAction } from "@/lib/actions/section-actions";
import { SectionFields } from "./section-fields";

const EMPTY = { name: "", nameKm: "", slug: "", description: "" };

export function CreateSectionForm() {
  const [state, formAction, pending] = useActionState(createSectionAction, null);
  return (
    <form action={formAction} className="max-w-xl space-y-5" noValidate>
      <FormMessage state={state} />
      {/* Remounted after each success, so the slug suggestion starts empty again. */}
      <SectionFields key={state?.ok ? state.message : "form"} idPrefix="new-section" state={state} initial={EMPTY} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating…" : "Create section"}
      </button>
    </form>
  );
}
