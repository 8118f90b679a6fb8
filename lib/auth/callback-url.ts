export const DEFAULT_AFTER_SIGN_IN = "/newsroom";

/**
 * Set by proxy.ts to the requested path. A client can send it too, so it is
 * only ever used as a return address, through safeCallbackPath.
 */
export const REQUEST_PATH_HEADER = "x-masthead-path";

const BASE = "http://masthead.invalid";

/**
 * Where to go after signing in: only a path on this site. Anything that could
 * leave it ("https://…", "//evil.example", "/\evil.example", "javascript:…")
 * falls back to the newsroom, so the sign-in link cannot be used to send
 * people elsewhere.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters and backslashes are read by browsers in surprising ways.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Never back to the sign-in or sign-out pages themselves.
  if (url.pathname === "/signin" || url.pathname === "/signout") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
