import { revalidatePublicArticle } from "@/lib/public/revalidate";
import { INTERNAL_TOKEN_HEADER, isInternalRevalidationToken, publicChangeSchema } from "@/lib/workflow/internal-revalidation";

// Called by this server's own scheduler after it publishes a story (see
// lib/workflow/internal-revalidation.ts): revalidatePath needs a request.
export async function POST(request: Request): Promise<Response> {
  if (!isInternalRevalidationToken(request.headers.get(INTERNAL_TOKEN_HEADER))) {
    return Response.json({ error: "This address is for the server itself." }, { status: 403 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "The body must be JSON." }, { status: 400 });
  }
  const change = publicChangeSchema.safeParse(body);
  if (!change.success) return Response.json({ error: "Expected { language, slug, previousSlug }." }, { status: 400 });
  revalidatePublicArticle(change.data);
  return Response.json({ ok: true });
}
