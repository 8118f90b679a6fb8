const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The one rule for links in stories: http, https and mailto only. Anything
 * else (javascript:, data:, file:, relative paths) is refused, in the editor
 * and again when a document is validated or rendered.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || href.trim() !== href || href.length === 0 || href.length > 2048) return false;
  try {
    const url = new URL(href);
    if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
    return url.protocol === "mailto:" ? url.pathname.includes("@") : url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const LINK_RULE_MESSAGE = "Links must start with http://, https:// or mailto:.";
