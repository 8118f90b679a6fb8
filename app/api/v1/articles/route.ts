import { getDb } from "@/db/client";
import { listApiArticles } from "@/lib/public/content-api";
import { apiBadRequest, apiJson, apiOptions } from "@/lib/public/content-api-http";
import { parseListParams } from "@/lib/public/content-api-params";

// GET /api/v1/articles?language=&section=&tag=&author=&since=&limit=&cursor=
// Public and read-only: live stories only, newest first.

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const params = parseListParams(url.searchParams);
  if (!params.ok) return apiBadRequest(params.issues);
  const page = await listApiArticles(await getDb(), params.value);
  let next: string | null = null;
  if (page.nextCursor) {
    const nextParams = new URLSearchParams(url.searchParams);
    nextParams.set("cursor", page.nextCursor);
    next = `${url.pathname}?${nextParams.toString()}`;
  }
  return apiJson({ data: page.data, pagination: { limit: params.value.limit, nextCursor: page.nextCursor, next } });
}

export function OPTIONS(): Response {
  return apiOptions();
}
