"use client";

import { useActionState } from "react";
import { errorsOf, FormMessage, secondaryButtonClass, valueOf } from "@/components/forms/form-feedback";
import { TextField } from "@/components/forms/text-field";
import { renameTagAction } from "@/lib/actions/tag-actions";

export function RenameTagForm({ tag }: { tag: { id: string; name: string; slug: string } }) {
  const [state, formAction, pending] = useActionState(renameTagAction, null);
  const id = (field: string) => `tag-${tag.id}-${field}`;
  return (
    <form action={formAction} className="mt-2 max-w-md space-y-3" noValidate>
      <input type="hidden" name="tagId" value={tag.id} />
      <FormMessage state={state} />
      <TextField id={id("name")} name="name" label="Name" required defaultValue={valueOf(state, "name", tag.name)} errors={errorsOf(state, "name")} />
      <TextField
        id={id("slug")}
        name="slug"
        label="Slug"
        hint="Leave empty to make one from the name."
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={valueOf(state, "slug", tag.slug)}
        errors={errorsOf(state, "slug")}
      />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Saving…" : "Rename"}
      </button>
    </form>
  );
}
