import { contentTypeForKey, getMediaStorage } from "@/lib/media/storage";

type RouteParams = { params: Promise<{ key: string[] }> };

const NOT_FOUND_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };

/**
 * Serves stored media. Keys are random and never rewritten (see
 * lib/media/store-image.ts), so a response can be cached for a year.
 */
export async function GET(_request: Request, { params }: RouteParams): Promise<Response> {
  const key = (await params).key.join("/");
  // An invalid key (including any attempt at "..") is simply not found.
  const contentType = contentTypeForKey(key);
  const data = contentType ? await getMediaStorage().get(key) : null;
  if (!contentType || !data) return new Response("Not found", { status: 404, headers: NOT_FOUND_HEADERS });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
