import { getDb } from "@/db/client";
import { decodeParam } from "@/lib/i18n/languages";
import { getApiArticle } from "@/lib/public/content-api";
import { apiBadRequest, apiJson, apiNotFound, apiOptions } from "@/lib/public/content-api-http";
import { parseDetailParams } from "@/lib/public/content-api-params";

// GET /api/v1/articles/{slug}?language=en|km — one live story with its body.

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const params = parseDetailParams(new URL(request.url).searchParams);
  if (!params.ok) return apiBadRequest(params.issues);
  const slug = decodeParam((await context.params).slug);
  const article = await getApiArticle(await getDb(), { slug, language: params.value.language });
  if (!article) {
    const where = params.value.language ? ` in ${params.value.language}` : "";
    return apiNotFound(`No published story has the slug "${slug}"${where}.`);
  }
  return apiJson({ data: article });
}

export function OPTIONS(): Response {
  return apiOptions();
}
