"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { failure, formText, withValues } from "@/lib/forms/form-state";
import { revalidatePublicSite } from "@/lib/public/revalidate";
import { revalidateSyndication } from "@/lib/public/syndication-cache";
import { createSection } from "@/lib/taxonomy/create-section";
import { deleteSection } from "@/lib/taxonomy/delete-section";
import { moveSection } from "@/lib/taxonomy/move-section";
import { updateSectionDetails } from "@/lib/taxonomy/update-section";
import type { TaxonomyState } from "./taxonomy-action-states";

// Each action checks `section.manage` itself, whatever page sent the form.

function refreshSections(): void {
  revalidatePath("/newsroom/sections");
  // Section names and slugs appear on public pages (navigation, article pages, section pages).
  revalidatePublicSite();
  revalidateSyndication();
}

function sectionValues(formData: FormData) {
  return {
    name: formText(formData, "name"),
    nameKm: formText(formData, "nameKm"),
    slug: formText(formData, "slug"),
    description: formText(formData, "description"),
  };
}

export async function createSectionAction(_previous: TaxonomyState | null, formData: FormData): Promise<TaxonomyState> {
  const values = sectionValues(formData);
  const auth = await authorizeAction("section.manage", { type: "section", id: null });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await createSection(await getDb(), values, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, values);
  refreshSections();
  return { ok: true, message: `Section ${result.section.name} created (slug: ${result.section.slug}).` };
}

export async function updateSectionAction(_previous: TaxonomyState | null, formData: FormData): Promise<TaxonomyState> {
  const sectionId = formText(formData, "sectionId");
  const values = sectionValues(formData);
  const auth = await authorizeAction("section.manage", { type: "section", id: sectionId ?? null });
  if (!auth.ok) return withValues(failure(auth.error), values);

  const result = await updateSectionDetails(await getDb(), { sectionId, ...values }, { actorId: auth.user.id });
  if (!result.ok) return withValues(result, values);
  if (result.changed.length === 0) return { ok: true, message: `Nothing changed in ${result.section.name}.` };
  refreshSections();
  return { ok: true, message: `Section ${result.section.name} saved.` };
}

export async function moveSectionAction(_previous: TaxonomyState | null, formData: FormData): Promise<TaxonomyState> {
  const sectionId = formText(formData, "sectionId");
  const auth = await authorizeAction("section.manage", { type: "section", id: sectionId ?? null });
  if (!auth.ok) return failure(auth.error);

  const result = await moveSection(await getDb(), { sectionId, direction: formText(formData, "direction") }, { actorId: auth.user.id });
  if (!result.ok) return result;
  refreshSections();
  return { ok: true, message: `${result.name} moved to position ${result.position} of ${result.total}.` };
}

export async function deleteSectionAction(_previous: TaxonomyState | null, formData: FormData): Promise<TaxonomyState> {
  const sectionId = formText(formData, "sectionId");
  const auth = await authorizeAction("section.manage", { type: "section", id: sectionId ?? null });
  if (!auth.ok) return failure(auth.error);

  const result = await deleteSection(await getDb(), { sectionId }, { actorId: auth.user.id });
  if (!result.ok) return result;
  refreshSections();
  return { ok: true, message: `Section ${result.name} deleted.` };
}
