import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { readProxyCompresses } from "./lib/http/response-compression";
import { listResponseHeaderRules } from "./lib/http/response-headers";

const isDev = process.env.NODE_ENV !== "production";

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER && !process.env.NEXTAUTH_SECRET) {
    console.error(
      "Masthead will not start in production without a secret: set NEXTAUTH_SECRET " +
        "(for example `export NEXTAUTH_SECRET=$(openssl rand -base64 32)`).",
    );
    process.exit(1);
  }
  let proxyCompresses = false;
  try {
    proxyCompresses = readProxyCompresses(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  return {
    // Lets several builds (say, a test run beside a benchmark) keep separate output folders.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    poweredByHeader: false,
    // Next's page cache, except that a 404 for an address with nothing on disk
    // stays in memory: random addresses cannot fill the disk (the file says more).
    cacheHandler: path.join(process.cwd(), "lib/server/page-cache-handler.mjs"),
    // Next hashes the whole page in JavaScript on every response to make an
    // ETag (a tenth of the server's time on a cached article page, measured),
    // and a matching If-None-Match saves only bandwidth: the page is read and
    // hashed all the same. Public pages carry s-maxage for a CDN instead.
    generateEtags: false,
    // Off only when the reverse proxy compresses (lib/http/response-compression.ts says why).
    compress: !proxyCompresses,
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
      return listResponseHeaderRules(isDev);
    },
    // English addresses have no prefix (app/(en)) and Khmer ones start with
    // /km (app/km); /en/... is the English site's old form of an address.
    async redirects() {
      return [
        { source: "/en", destination: "/", permanent: true },
        { source: "/en/:path*", destination: "/:path*", permanent: true },
      ];
    },
  };
}
