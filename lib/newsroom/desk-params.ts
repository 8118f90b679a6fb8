import { z } from "zod";
import { storableText } from "@/lib/forms/storable-text";
import { DESK_SORTS, type DeskSort, type SortDirection } from "@/db/queries/story-desk";
import { ARTICLE_STATUSES, LANGUAGES, type ArticleStatus, type Language } from "@/db/schema";

export const DESK_PAGE_SIZE = 25;
const MAX_PAGE = 10_000;

export type DeskParams = {
  q: string;
  status?: ArticleStatus;
  section?: string;
  author?: string;
  language?: Language;
  sort: DeskSort;
  dir: SortDirection;
  page: number;
};

/** Newest first for dates; A→Z and workflow order for the others. */
export function defaultDirection(sort: DeskSort): SortDirection {
  return sort === "updated" || sort === "created" ? "desc" : "asc";
}

// Each field falls back on its own: a hand-edited or stale URL shows the desk
// with that one value ignored, never an error page.
const deskParamsSchema = z.object({
  q: storableText(z.string().trim().max(200)).catch(""),
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  section: z.uuid().optional().catch(undefined),
  author: z.uuid().optional().catch(undefined),
  language: z.enum(LANGUAGES).optional().catch(undefined),
  sort: z.enum(DESK_SORTS).catch("updated"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  // An empty field submitted by the filter form means "any".
  return single === "" ? undefined : single;
}

/** The desk's URL parameters, validated; anything unusable is replaced by its default. */
export function parseDeskParams(raw: RawSearchParams): DeskParams {
  const parsed = deskParamsSchema.parse({
    q: first(raw.q) ?? "",
    status: first(raw.status),
    section: first(raw.section),
    author: first(raw.author),
    language: first(raw.language),
    sort: first(raw.sort),
    dir: first(raw.dir),
    page: first(raw.page) ?? 1,
  });
  return { ...parsed, dir: parsed.dir ?? defaultDirection(parsed.sort) };
}

/** The query string for these parameters, leaving out defaults so links stay short. */
export function deskSearch(params: DeskParams, changes: Partial<DeskParams> = {}): string {
  const next = { ...params, ...changes };
  const search = new URLSearchParams();
  if (next.q) search.set("q", next.q);
  if (next.status) search.set("status", next.status);
  if (next.section) search.set("section", next.section);
  if (next.author) search.set("author", next.author);
  if (next.language) search.set("language", next.language);
  if (next.sort !== "updated") search.set("sort", next.sort);
  if (next.dir !== defaultDirection(next.sort)) search.set("dir", next.dir);
  if (next.page > 1) search.set("page", String(next.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}
