import { fieldFailure } from "@/lib/forms/form-state";
import type { TaxonomyFailure } from "./taxonomy-schemas";

export function sectionNotFound(): TaxonomyFailure {
  return fieldFailure("sectionId", "That section no longer exists. Reload the page to see the current list.");
}

export function sectionSlugTaken(slug: string, owner: string): TaxonomyFailure {
  return fieldFailure("slug", `The slug "${slug}" is already used by the section ${owner}. Choose another.`);
}
