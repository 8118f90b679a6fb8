import { respondWithFeed } from "@/lib/public/respond-with-feed";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  return respondWithFeed("rss", "km", (await context.params).slug);
}
