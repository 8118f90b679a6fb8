export const UNKNOWN_IP = "unknown";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function readHeader(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  if (typeof value === "string") return value;
  // Node joins repeated headers into an array; the last one was added last.
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string").join(",");
  return null;
}

/**
 * The address a sign-in attempt came from, for the per-address rate limit.
 *
 * We take the LAST entry of X-Forwarded-For: a client can write anything at the
 * front of that header, but a reverse proxy in front of Masthead (nginx's
 * $proxy_add_x_forwarded_for, Caddy, a load balancer) appends the address it
 * actually saw, so the last entry is the one our own infrastructure vouches for.
 * Next's server only fills the header in when it is absent (with the socket's
 * address); it does not append. So without a reverse proxy a client that sends
 * its own X-Forwarded-For chooses its address: deploy behind a proxy that
 * appends, and rely on the per-account limit, which does not depend on this.
 */
export function clientIpFromHeaders(headers: HeaderSource): string {
  const forwarded = readHeader(headers, "x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return last ? last.slice(0, 100) : UNKNOWN_IP;
}
