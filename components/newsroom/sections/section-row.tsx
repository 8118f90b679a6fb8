"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { dangerButtonClass, FormMessage, secondaryButtonClass } from "@/components/forms/form-feedback";
import { deleteSectionAction, moveSectionAction, updateSectionAction } from "@/lib/actions/section-actions";
import type { ManagedSection } from "@/lib/taxonomy/list-sections";
import { SectionFields } from "./section-fields";

type Props = { section: Omit<ManagedSection, "createdAt">; index: number; total: number };

function storiesLabel(count: number): string {
  return count === 1 ? "1 story" : `${count.toLocaleString("en")} stories`;
}

/** Moving up or down keeps keyboard focus on the button used, though the row changes place. */
function MoveButtons({ section, index, total }: Props) {
  const [state, formAction, pending] = useActionState(moveSectionAction, null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const [lastDirection, setLastDirection] = useState<"up" | "down" | null>(null);

  useEffect(() => {
    if (!state?.ok || !lastDirection) return;
    const preferred = lastDirection === "up" ? up.current : down.current;
    const other = lastDirection === "up" ? down.current : up.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [state, lastDirection, index]);

  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="sectionId" value={section.id} />
      <button
        ref={up}
        type="submit"
        name="direction"
        value="up"
        disabled={pending || index === 0}
        onClick={() => setLastDirection("up")}
        className={secondaryButtonClass}
        aria-label={`Move ${section.name} up`}
      >
        ↑ Up
      </button>
      <button
        ref={down}
        type="submit"
        name="direction"
        value="down"
        disabled={pending || index === total - 1}
        onClick={() => setLastDirection("down")}
        className={secondaryButtonClass}
        aria-label={`Move ${section.name} down`}
      >
        ↓ Down
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

function EditSectionForm({ section }: Pick<Props, "section">) {
  const [state, formAction, pending] = useActionState(updateSectionAction, null);
  return (
    <form action={formAction} className="mt-3 max-w-xl space-y-4" noValidate>
      <input type="hidden" name="sectionId" value={section.id} />
      <FormMessage state={state} />
      <SectionFields idPrefix={`section-${section.id}`} state={state} initial={section} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Saving…" : `Save ${section.name}`}
      </button>
    </form>
  );
}

function DeleteSectionForm({ section }: Pick<Props, "section">) {
  const [state, formAction, pending] = useActionState(deleteSectionAction, null);
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <input type="hidden" name="sectionId" value={section.id} />
      <FormMessage state={state} />
      <p className="text-sm">
        {section.stories > 0
          ? `${storiesLabel(section.stories)} filed in ${section.name}: move them to another section before deleting it.`
          : "No story is filed in this section. Deleting it cannot be undone."}
      </p>
      <button type="submit" disabled={pending} className={dangerButtonClass}>
        {pending ? "Deleting…" : `Delete ${section.name}`}
      </button>
    </form>
  );
}

export function SectionRow(props: Props) {
  const { section } = props;
  return (
    <li className="border-b border-stone-200 py-4 dark:border-stone-800">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h3 className="font-serif text-lg font-bold">
            <span className="sr-only">{props.index + 1}. </span>
            {section.name}
            {section.nameKm && (
              <span lang="km" className="ml-2 font-normal">
                {section.nameKm}
              </span>
            )}
          </h3>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            /sections/{section.slug} · {storiesLabel(section.stories)}
          </p>
          {section.description && <p className="mt-1 text-sm">{section.description}</p>}
        </div>
        <MoveButtons {...props} />
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm underline underline-offset-4">Edit {section.name}</summary>
        <EditSectionForm section={section} />
      </details>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm underline underline-offset-4">Delete {section.name}…</summary>
        <DeleteSectionForm section={section} />
      </details>
    </li>
  );
}
