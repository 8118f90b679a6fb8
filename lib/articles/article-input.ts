import type { JSONContent } from "@tiptap/core";
import { z } from "zod";
import type { ArticleStatus, Language } from "@/db/schema";
import { parseStoryDocument } from "@/lib/rich-text/schema";
import { removeNulCharactersDeep, storableText } from "@/lib/forms/storable-text";
import { isValidSlug, slugify } from "@/lib/slug";

// What the story editor sends and the server accepts, in one place: the
// editor checks a draft with the same schema before sending it, and the save
// endpoint checks it again (nothing from a browser is trusted).

export const HEADLINE_MAX = 300;
export const STANDFIRST_MAX = 1_000;
export const MAX_BYLINES = 10;
export const MAX_TAGS = 30;
/**
 * The largest save request the server reads. A 20,000-word story with thirty
 * images is well under 1 MB of JSON; anything near this is a paste gone wrong.
 */
export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

const STORY_LANGUAGES = ["en", "km"] as const satisfies readonly Language[];

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** The story document, validated against the shared schema and returned in its canonical JSON form. */
const storyBodySchema = z.unknown().transform((value, ctx): JSONContent => {
  try {
    return parseStoryDocument(removeNulCharactersDeep(value)).toJSON() as JSONContent;
  } catch (error) {
    ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : "The story body is not a valid document." });
    return z.NEVER;
  }
});

export const articleDraftSchema = z.object({
  headline: storableText(z.string().max(HEADLINE_MAX, `The headline can be at most ${HEADLINE_MAX} characters.`)),
  standfirst: storableText(z.string().max(STANDFIRST_MAX, `The standfirst can be at most ${STANDFIRST_MAX} characters.`)),
  slug: z
    .string()
    .min(1, "Give the story an address (slug).")
    .refine(isValidSlug, "The address (slug) may contain only letters, numbers and single hyphens, at most 80 characters."),
  language: z.enum(STORY_LANGUAGES, "Choose English or Khmer."),
  sectionId: z.uuid("Choose a section from the list.").nullable(),
  leadImageId: z.uuid("Choose the lead image from the media library.").nullable(),
  bylineIds: z
    .array(z.uuid("Bylines must be chosen from the staff list."))
    .min(1, "A story needs at least one byline.")
    .max(MAX_BYLINES, `A story can have at most ${MAX_BYLINES} bylines.`)
    .refine(unique, "The same person is listed twice in the byline."),
  tagIds: z
    .array(z.uuid("Tags must be chosen from the tag list."))
    .max(MAX_TAGS, `A story can have at most ${MAX_TAGS} tags.`)
    .refine(unique, "The same tag is listed twice."),
  body: storyBodySchema,
});

export type ArticleDraft = z.output<typeof articleDraftSchema>;

/** The draft's fields without the body, for the editor's own check before sending (its body comes from the schema itself). */
export const articleMetaSchema = articleDraftSchema.omit({ body: true });
export type DraftField = keyof ArticleDraft;
export const DRAFT_FIELDS = Object.keys(articleDraftSchema.shape) as DraftField[];

export const saveRequestSchema = z.object({
  baseVersion: z.number("Every save must say which version it was based on.").int().positive(),
  draft: articleDraftSchema,
});

export type SaveRequest = { baseVersion: number; draft: ArticleDraft };

export type FieldErrors = Partial<Record<DraftField, string[]>>;

/** The story as the server holds it now, sent back when a save is refused as out of date. */
export type ServerCopy = {
  version: number;
  status: ArticleStatus;
  draft: ArticleDraft;
  updatedAt: string;
  updatedByName: string | null;
};

export type SaveOutcome =
  | { ok: true; version: number; savedAt: string; changed: boolean }
  | { ok: false; code: "invalid"; error: string; fieldErrors: FieldErrors }
  | { ok: false; code: "conflict"; error: string; current: ServerCopy }
  | { ok: false; code: "not-found" | "forbidden" | "signed-out" | "too-large" | "bad-request"; error: string };

export type SaveFailure = Extract<SaveOutcome, { ok: false }>;

/** Field errors from a zod error; the summary lists each message once. */
export function draftErrors(error: z.ZodError): { error: string; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const messages: string[] = [];
  for (const issue of error.issues) {
    // Paths are ["draft", field, …] for a save request and [field, …] for a draft.
    const path = issue.path[0] === "draft" ? issue.path.slice(1) : issue.path;
    const field = path[0];
    if (typeof field === "string" && (DRAFT_FIELDS as string[]).includes(field)) (fieldErrors[field as DraftField] ??= []).push(issue.message);
    messages.push(issue.message);
  }
  return { error: [...new Set(messages)].join(" ") || "The story could not be read.", fieldErrors };
}

/** Slugs given to new stories before they have a headline; the editor replaces them from the headline. */
export const PLACEHOLDER_SLUG = /^draft-[0-9a-f]{8}$/;

export function isPlaceholderSlug(slug: string): boolean {
  return PLACEHOLDER_SLUG.test(slug);
}

/** Whether the editor should keep the slug in step with the headline: never once published, and only while it still matches. */
export function slugFollowsHeadline(draft: Pick<ArticleDraft, "slug" | "headline">, everPublished: boolean): boolean {
  return !everPublished && (isPlaceholderSlug(draft.slug) || draft.slug === slugify(draft.headline));
}

/** JSON with object keys sorted, so two equal drafts compare equal whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** Tags are a set (their order is not stored), bylines a list. */
export function sameDraft(a: ArticleDraft, b: ArticleDraft): boolean {
  return canonicalJson({ ...a, tagIds: [...a.tagIds].sort() }) === canonicalJson({ ...b, tagIds: [...b.tagIds].sort() });
}
