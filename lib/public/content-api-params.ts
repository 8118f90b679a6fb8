import { z } from "zod";
import { LANGUAGES } from "@/db/schema";
import type { ApiArticleFilters, ApiCursor } from "@/db/queries/public-api-articles";
import { isValidSlug } from "@/lib/slug";

export const API_MAX_LIMIT = 50;
export const API_DEFAULT_LIMIT = 20;

const slugParam = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty.`)
    .max(200, `${what} is at most 200 characters.`)
    .refine(isValidSlug, `${what} must be a slug, as the API gives them: letters, numbers and single hyphens.`);

const listParamsSchema = z.strictObject(
  {
    language: z.enum(LANGUAGES, { error: `language must be one of: ${LANGUAGES.join(", ")}.` }).optional(),
    section: slugParam("section").optional(),
    tag: slugParam("tag").optional(),
    author: slugParam("author").optional(),
    since: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()], {
        error: "since must be an ISO 8601 date or date-time, e.g. 2026-11-25 or 2026-11-25T08:00:00Z.",
      })
      .optional(),
    limit: z.coerce
      .number({ error: "limit must be a whole number." })
      .int("limit must be a whole number.")
      .min(1, "limit must be at least 1.")
      .max(API_MAX_LIMIT, `limit must be at most ${API_MAX_LIMIT}.`)
      .optional(),
    cursor: z.string().max(200, "cursor is not one this API gave out.").optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter: ${issue.keys.join(", ")}. Known: language, section, tag, author, since, limit, cursor.` : undefined) },
);

const detailParamsSchema = z.strictObject(
  { language: z.enum(LANGUAGES, { error: `language must be one of: ${LANGUAGES.join(", ")}.` }).optional() },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter: ${issue.keys.join(", ")}. Known: language.` : undefined) },
);

const cursorSchema = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), z.uuid()]);

export type ParamIssue = { param: string; message: string };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ParamIssue[] };

export type ListParams = ApiArticleFilters & { limit: number; after?: ApiCursor };

export function encodeCursor(cursor: ApiCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.articleId])).toString("base64url");
}

export function decodeCursor(value: string): ApiCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { publishedAt: parsed.data[0], articleId: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** Every query parameter once; a repeated one is an error, not a silent pick. */
function singleValues(search: URLSearchParams): ParseResult<Record<string, string>> {
  const values: Record<string, string> = {};
  const issues: ParamIssue[] = [];
  for (const [key, value] of search) {
    if (key in values) issues.push({ param: key, message: `${key} may be given once.` });
    values[key] = value;
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: values };
}

function toIssues(error: z.ZodError): ParamIssue[] {
  return error.issues.map((issue) => ({ param: issue.path.map(String).join(".") || "query", message: issue.message }));
}

export function parseListParams(search: URLSearchParams): ParseResult<ListParams> {
  const single = singleValues(search);
  if (!single.ok) return single;
  const parsed = listParamsSchema.safeParse(single.value);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const { cursor, since, limit, section, tag, author, language } = parsed.data;
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (after === null) return { ok: false, issues: [{ param: "cursor", message: "cursor is not one this API gave out; start again without it." }] };
  return {
    ok: true,
    value: {
      language,
      sectionSlug: section,
      tagSlug: tag,
      authorSlug: author,
      since: since === undefined ? undefined : new Date(since),
      limit: limit ?? API_DEFAULT_LIMIT,
      after,
    },
  };
}

export function parseDetailParams(search: URLSearchParams): ParseResult<{ language?: (typeof LANGUAGES)[number] }> {
  const single = singleValues(search);
  if (!single.ok) return single;
  const parsed = detailParamsSchema.safeParse(single.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: toIssues(parsed.error) };
}
