"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { failure, formText, withValues } from "@/lib/forms/form-state";
import { revalidatePublicSite } from "@/lib/public/revalidate";
import { revalidateSyndication } from "@/lib/public/syndication-cache";
import { mergeTags } from "@/lib/taxonomy/merge-tags";
import { renameTag } from "@/lib/taxonomy/rename-tag";
import type { TaxonomyState } from "./taxonomy-action-states";

// Each action checks `tag.manage` itself, whatever page sent the form.

function refreshTags(): void {
  revalidatePath("/newsroom/tags");
  // Tag names appear on public article pages.
  revalidatePublicSite();
  revalidateSyndication();
}

export async function renameTagAction(_previous: TaxonomyState | null, formData: FormData): Promise<TaxonomyState> {
  const tagId = formText(formData, "tagId");
  const values = { name: formText(formData, "name"), slug: formText(formData, "slug") };
  const auth = await authorizeAction("tag.manage", { type: "tag", id: tagId ?? null });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await renameTag(await getDb(), { tagId, ...values }, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, values);
  if (!result.changed) return { ok: true, message: `Nothing changed in ${result.tag.name}.` };
  refreshTags();
  return { ok: true, message: `Tag renamed to ${result.tag.name} (slug: ${result.tag.slug}).` };
}

export async function mergeTagsAction(_previous: TaxonomyState | null, formData: FormData): Promise<TaxonomyState> {
  const values = { sourceId: formText(formData, "sourceId"), targetId: formText(formData, "targetId") };
  const auth = await authorizeAction("tag.manage", { type: "tag", id: values.sourceId ?? null });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await mergeTags(await getDb(), values, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, values);
  refreshTags();
  const stories = result.stories === 1 ? "1 story" : `${result.stories.toLocaleString("en")} stories`;
  return { ok: true, message: `${result.source.name} was merged into ${result.target.name} (${stories} retagged) and deleted.` };
}
