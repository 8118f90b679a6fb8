// The response headers next.config.ts sets. Kept here (not inline in the
// config) so a unit test can hold them to the rules below.
//
// Cost rule: Next runs every header value of a rule whose source has a
// parameter (such as `/:path*`) through path-to-regexp on every request when
// the value contains a colon. For the policy sent with every public page that
// was a few per cent of the server's time on a cached page, so values applied
// to public pages carry no colon: frame hosts are written without a scheme (a
// host without one still only matches https on an https page), and `data:` /
// `blob:` images, which only the newsroom needs (upload previews), are allowed
// by the newsroom's own policy.

export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/** Hosts of the video players a story may embed (lib/rich-text/video.ts builds their addresses). */
export const VIDEO_FRAME_HOSTS = ["www.youtube-nocookie.com", "www.facebook.com"] as const;

// Next's own bootstrap scripts are inline, and public pages are static (no
// per-request nonce), so scripts allow 'unsafe-inline' but nothing from
// elsewhere. Video frames are limited to the privacy-friendly players we embed.
function contentSecurityPolicy(isDev: boolean, imageSources: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${imageSources}`,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    `frame-src ${VIDEO_FRAME_HOSTS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Public pages are cached by Next (ISR) and sent with s-maxage and
// stale-while-revalidate, so a CDN may keep them too. Search results are
// rendered per request; a CDN may keep one briefly. Signed-in areas and
// account pages and story previews must never be stored by a shared cache,
// whatever Next infers.
const SEARCH_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
const PRIVATE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";
const NEWSROOM_SOURCE = "/newsroom/:path*";
// Each file's name carries its content's hash (lib/fonts/khmer-faces.ts), so
// a browser or CDN may keep it for a year; Next would send max-age=0.
const FONT_FILES_SOURCE = "/fonts/:file";
const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
const PRIVATE_SOURCES = ["/preview/:path*", "/km/preview/:path*", "/signin", "/signout", "/invite/:path*", "/reset-password/:path*"];

/** The headers every response carries (also sent by the production server's view beacon fast path). */
export function listSecurityHeaders(isDev: boolean): HeaderRule["headers"] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isDev, "'self'") },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
  ];
}

/** Every header rule, in order: a later rule's header replaces an earlier one of the same name. */
export function listResponseHeaderRules(isDev: boolean): HeaderRule[] {
  return [
    { source: "/:path*", headers: listSecurityHeaders(isDev) },
    { source: FONT_FILES_SOURCE, headers: [{ key: "Cache-Control", value: IMMUTABLE_CACHE_CONTROL }] },
    ...["/search", "/km/search"].map((source) => ({ source, headers: [{ key: "Cache-Control", value: SEARCH_CACHE_CONTROL }] })),
    {
      source: NEWSROOM_SOURCE,
      headers: [
        { key: "Cache-Control", value: PRIVATE_CACHE_CONTROL },
        { key: "Content-Security-Policy", value: contentSecurityPolicy(isDev, "'self' data: blob:") },
      ],
    },
    ...PRIVATE_SOURCES.map((source) => ({ source, headers: [{ key: "Cache-Control", value: PRIVATE_CACHE_CONTROL }] })),
  ];
}
