import { describe, expect, it } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { listResponseHeaderRules, VIDEO_FRAME_HOSTS } from "@/lib/http/response-headers";
import { videoEmbedSrc } from "@/lib/rich-text/video";

/** The headers a path gets, applying the rules in order as Next does (a later rule's header replaces an earlier one). */
function headersFor(path: string, isDev = false): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of listResponseHeaderRules(isDev)) {
    if (!getPathMatch(rule.source)(path)) continue;
    for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}

function directive(policy: string, name: string): string[] {
  const found = policy.split(";").map((part) => part.trim().split(/\s+/)).find(([first]) => first === name);
  return found?.slice(1) ?? [];
}

const PUBLIC_PATHS = ["/", "/articles/a-story", "/km/articles/%E1%9E%80", "/sections/politics", "/search", "/km", "/feed.xml"];

describe("response headers", () => {
  it.each(PUBLIC_PATHS)("%s gets the security headers with values Next need not recompile per request", (path) => {
    const headers = headersFor(path);
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining(["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Strict-Transport-Security"]),
    );
    // A colon in a value of a rule with a parameter makes Next run it through path-to-regexp on every request.
    for (const [key, value] of Object.entries(headers)) expect(value, key).not.toContain(":");
  });

  it("lets story pages frame exactly the video players a story may embed", () => {
    const frames = directive(headersFor("/articles/a-story")["Content-Security-Policy"]!, "frame-src");
    expect(frames).toEqual([...VIDEO_FRAME_HOSTS]);
    for (const ref of [{ provider: "youtube", videoId: "dQw4w9WgXcQ" }, { provider: "facebook", videoId: "123456789" }] as const) {
      expect(frames).toContain(new URL(videoEmbedSrc(ref)!).host);
    }
  });

  it("allows data: and blob: images in the newsroom only (upload previews)", () => {
    expect(directive(headersFor("/articles/a-story")["Content-Security-Policy"]!, "img-src")).toEqual(["'self'"]);
    const newsroom = headersFor("/newsroom/profile");
    expect(directive(newsroom["Content-Security-Policy"]!, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(directive(newsroom["Content-Security-Policy"]!, "frame-ancestors")).toEqual(["'none'"]);
  });

  it("keeps signed-in areas, account pages and previews out of shared caches, and lets a CDN keep search briefly", () => {
    for (const path of ["/newsroom", "/newsroom/stories/1", "/preview/1", "/km/preview/1", "/signin", "/signout", "/invite/t", "/reset-password/t"]) {
      expect(headersFor(path)["Cache-Control"], path).toMatch(/^private, no-cache, no-store/);
    }
    expect(headersFor("/search")["Cache-Control"]).toMatch(/s-maxage=30/);
    expect(headersFor("/articles/a-story")["Cache-Control"]).toBeUndefined();
  });

  it("allows eval in development only", () => {
    expect(directive(headersFor("/", true)["Content-Security-Policy"]!, "script-src")).toContain("'unsafe-eval'");
    expect(directive(headersFor("/")["Content-Security-Policy"]!, "script-src")).not.toContain("'unsafe-eval'");
    expect(headersFor("/", true)["Strict-Transport-Security"]).toBeUndefined();
  });
});
