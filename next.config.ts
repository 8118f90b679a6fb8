import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";

const isDev = process.env.NODE_ENV !== "production";

// Next's own bootstrap scripts are inline, and public pages are static (no
// per-request nonce), so scripts allow 'unsafe-inline' but nothing from
// elsewhere. Video frames are limited to the privacy-friendly players we embed.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src https://www.youtube-nocookie.com https://www.facebook.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
];

// Public pages are cached by Next (ISR) and sent with s-maxage and
// stale-while-revalidate, so a CDN may keep them too. Search results are
// rendered per request; a CDN may keep one briefly. Signed-in areas and
// account pages and story previews must never be stored by a shared cache,
// whatever Next infers.
const SEARCH_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
const PRIVATE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";
const cacheHeaders = [
  ...["/search", "/km/search"].map((source) => ({ source, headers: [{ key: "Cache-Control", value: SEARCH_CACHE_CONTROL }] })),
  ...["/newsroom/:path*", "/preview/:path*", "/km/preview/:path*", "/signin", "/signout", "/invite/:path*", "/reset-password/:path*"].map((source) => ({
    source,
    headers: [{ key: "Cache-Control", value: PRIVATE_CACHE_CONTROL }],
  })),
];

// Paths that belong to the English site are served from app/[lang] with lang=en,
// so English URLs carry no prefix and Khmer ones start with /km.
const UNPREFIXED = "(?!km(?:/|$)|en(?:/|$)|newsroom|api|signin|signout|invite(?:/|$)|reset-password(?:/|$)|media|_next|favicon\\.ico|icon|robots\\.txt|sitemap).*";

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER && !process.env.NEXTAUTH_SECRET) {
    console.error(
      "Masthead will not start in production without a secret: set NEXTAUTH_SECRET " +
        "(for example `export NEXTAUTH_SECRET=$(openssl rand -base64 32)`).",
    );
    process.exit(1);
  }
  return {
    // Lets several builds (say, a test run beside a benchmark) keep separate output folders.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    poweredByHeader: false,
    reactStrictMode: true,
    // `npm run typecheck` checks the whole tree (tests and scripts too) before
    // every test run in CI; checking again inside each build only slows it.
    typescript: { ignoreBuildErrors: true },
    serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp"],
    experimental: {
      authInterrupts: true,
      // Profile photos (up to 5 MB, lib/users/update-own-profile.ts) are uploaded through a server action.
      serverActions: { bodySizeLimit: "6mb" },
    },
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders }, ...cacheHeaders];
    },
    async redirects() {
      return [
        { source: "/en", destination: "/", permanent: true },
        { source: "/en/:path*", destination: "/:path*", permanent: true },
      ];
    },
    async rewrites() {
      return {
        beforeFiles: [
          { source: "/", destination: "/en" },
          { source: `/:path(${UNPREFIXED})`, destination: "/en/:path" },
        ],
        afterFiles: [],
        fallback: [],
      };
    },
  };
}
