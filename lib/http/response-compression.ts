// Whether the app compresses its own responses (Next's `compress` option).
//
// Next gzips every response itself, cached pages included, on every request
// (it keeps no compressed copy), and the middleware that does it wraps each
// response even when the client asks for no compression. Measured with
// bench:site on a cached article page: about 1,170 requests/s with
// compression on and no gzip asked for, 730 when the client asks for gzip as
// every browser does, 1,350 with compression off. A reverse proxy that
// compresses (nginx `gzip`, Caddy `encode`, a CDN) does the same work in
// native code, and many cache the compressed copy; then the app's own pass is
// wasted. It stays on by default: readers on phones must never receive a
// page uncompressed because a proxy was set up without compression.

export const PROXY_COMPRESSES_VARIABLE = "MASTHEAD_PROXY_COMPRESSES";

/**
 * Reads MASTHEAD_PROXY_COMPRESSES: `1` when the proxy in front compresses
 * responses (the app then sends them uncompressed), `0` or unset otherwise.
 * Any other value is refused with a message rather than guessed at.
 */
export function readProxyCompresses(env: Record<string, string | undefined>): boolean {
  const value = env[PROXY_COMPRESSES_VARIABLE]?.trim();
  if (value === undefined || value === "" || value === "0") return false;
  if (value === "1") return true;
  throw new Error(
    `${PROXY_COMPRESSES_VARIABLE} must be 1 (the reverse proxy in front compresses responses, so the app does not) ` +
      `or 0 (the app compresses them itself, the default); it is ${JSON.stringify(value)}.`,
  );
}
