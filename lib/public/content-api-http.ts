import type { ParamIssue } from "./content-api-params";

// Response conventions of the public Content API: readable by any site (CORS *,
// no credentials), cacheable by browsers and CDNs for a minute, JSON errors
// with a code and a message a developer can act on.

export const API_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
};

export function apiJson(body: unknown, init: { status?: number; cache?: boolean } = {}): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { ...CORS, "Cache-Control": init.cache === false ? "no-store" : API_CACHE_CONTROL },
  });
}

export function apiBadRequest(issues: ParamIssue[]): Response {
  return apiJson(
    { error: { code: "invalid_parameters", message: issues.map((issue) => issue.message).join(" "), issues } },
    { status: 400, cache: false },
  );
}

export function apiNotFound(message: string): Response {
  // Cached like a hit: a story published later becomes visible within the same minute.
  return apiJson({ error: { code: "not_found", message } }, { status: 404 });
}

/** The answer to a CORS preflight. */
export function apiOptions(): Response {
  return new Response(null, { status: 204, headers: CORS });
}
