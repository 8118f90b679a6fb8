import { NextResponse, type NextRequest } from "next/server";

// A convenience only: someone with no session cookie at all is sent straight to
// sign in, back to the exact page afterwards. Whether a cookie is valid, and
// what its owner may do, is decided by every page and action itself
// (lib/auth/session.ts), so skipping this file (say, with a forged
// x-middleware-subrequest header) lets nobody in.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const target = new URL("/signin", request.url);
  target.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(target);
}

export const config = {
  matcher: ["/newsroom", "/newsroom/:path*"],
};
