import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";

// A convenience only: someone with no session cookie at all is sent straight to
// sign in, back to the exact page afterwards. Whether a cookie is valid, and
// what its owner may do, is decided by every page and action itself
// (lib/auth/session.ts), so skipping this file (say, with a forged
// x-middleware-subrequest header) lets nobody in.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) {
    // Layouts cannot see the URL; this lets the newsroom layout send someone
    // whose cookie turns out to be stale back to this same page after signing in.
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, path);
    return NextResponse.next({ request: { headers } });
  }
  const target = new URL("/signin", request.url);
  target.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ["/newsroom", "/newsroom/:path*"],
};
