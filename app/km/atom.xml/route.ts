import { respondWithFeed } from "@/lib/public/respond-with-feed";

export function GET(): Promise<Response> {
  return respondWithFeed("atom", "km");
}
