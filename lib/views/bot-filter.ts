import { isbot } from "isbot";

/**
 * Whether a request's user agent is a robot, whose page loads must not count
 * as reads. isbot keeps a maintained list of crawler, monitor, library and
 * headless-browser patterns (Googlebot, bingbot, curl, wget, python-requests,
 * HeadlessChrome, Lighthouse...). A request with no user agent at all is no
 * browser a reader uses, so it counts as a robot too.
 *
 * Headless Chromium is a robot here on purpose: scrapers run it. Our own
 * browser tests and benchmarks that must be counted send an ordinary desktop
 * Chrome user agent, as a reader's browser would.
 */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = userAgent?.trim() ?? "";
  if (ua === "") return true;
  return isbot(ua);
}
