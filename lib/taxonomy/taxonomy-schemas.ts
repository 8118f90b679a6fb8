import { z } from "zod";
import { zodFailure, type Failure } from "@/lib/forms/form-state";
import { isValidSlug, slugify } from "@/lib/slug";

// Shared by the sections and tags forms and their actions.

export const TAXONOMY_FIELDS = ["sectionId", "tagId", "sourceId", "targetId", "name", "nameKm", "slug", "description", "direction"] as const;
export type TaxonomyField = (typeof TAXONOMY_FIELDS)[number];
export type TaxonomyFailure = Failure<TaxonomyField>;

export function taxonomyValidationFailure(error: z.ZodError): TaxonomyFailure {
  return zodFailure(error, TAXONOMY_FIELDS);
}

const SLUG_RULES = "Slugs use lowercase letters, digits and single hyphens, such as land-rights.";

/** A name for a section or tag; `what` names the thing in messages. */
function nameField(what: string, max: number) {
  return z
    .string({ error: `Enter the ${what}'s name.` })
    .trim()
    .min(1, { error: `Enter the ${what}'s name.` })
    .max(max, { error: `Names are limited to ${max} characters.` });
}

/** An optional slug: blank means "make one from the name". Typed ones are lowercased and checked. */
const optionalSlugField = z
  .string()
  .optional()
  .transform((slug) => (slug ?? "").trim().toLowerCase())
  .refine((slug) => slug === "" || isValidSlug(slug), { error: SLUG_RULES });

/** The slug to store: the one typed, or one made from the name; null when neither gives one. */
export function resolveSlug(typed: string, name: string): string | null {
  const slug = typed || slugify(name);
  return slug && isValidSlug(slug) ? slug : null;
}

export const NO_SLUG_MESSAGE = `The name gives no usable slug: type one. ${SLUG_RULES}`;

const sectionFields = {
  name: nameField("section", 80),
  nameKm: z
    .string()
    .optional()
    .transform((name) => (name ?? "").trim())
    .pipe(z.string().max(80, { error: "Khmer names are limited to 80 characters." })),
  slug: optionalSlugField,
  description: z
    .string()
    .optional()
    .transform((text) => (text ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(500, { error: "Descriptions are limited to 500 characters." })),
};

const sectionIdField = z.uuid({ error: "Choose a section from the list." });
const tagIdField = (message: string) => z.uuid({ error: message });

export const createSectionSchema = z.object(sectionFields);
export type CreateSectionInput = z.input<typeof createSectionSchema>;

export const updateSectionSchema = z.object({ sectionId: sectionIdField, ...sectionFields });
export type UpdateSectionInput = z.input<typeof updateSectionSchema>;

export const moveSectionSchema = z.object({
  sectionId: sectionIdField,
  direction: z.enum(["up", "down"], { error: "Choose whether to move the section up or down." }),
});
export type MoveSectionInput = z.input<typeof moveSectionSchema>;

export const deleteSectionSchema = z.object({ sectionId: sectionIdField });
export type DeleteSectionInput = z.input<typeof deleteSectionSchema>;

export const renameTagSchema = z.object({
  tagId: tagIdField("Choose a tag from the list."),
  name: nameField("tag", 60),
  slug: optionalSlugField,
});
export type RenameTagInput = z.input<typeof renameTagSchema>;

export const mergeTagsSchema = z
  .object({
    sourceId: tagIdField("Choose the tag to merge."),
    targetId: tagIdField("Choose the tag to merge it into."),
  })
  .refine((value) => value.sourceId !== value.targetId, {
    path: ["targetId"],
    error: "Choose two different tags: a tag cannot be merged into itself.",
  });
export type MergeTagsInput = z.input<typeof mergeTagsSchema>;

/** Who made a change, for the audit log. */
export type TaxonomyActor = { actorId: string | null };

export type { Untrusted } from "@/lib/forms/form-state";
