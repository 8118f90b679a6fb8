import { describe, expect, it } from "vitest";
import { refuseRequest } from "@/lib/server/request-guard.mjs";

// What the production server answers itself, before Next (lib/server/request-guard.mjs).

describe("request guard", () => {
  it.each(["/articles/%E0%A4", "/%ZZ", "/km/%E0", "/api/v1/articles/%ZZ", "/_next/static/%", "/newsroom/%ZZ?x=1"])("refuses the broken address %s with 400, saying why", (url) => {
    const refused = refuseRequest({ method: "GET", url });
    expect(refused?.status).toBe(400);
    expect(refused?.body).toContain(`"${url.split("?")[0]}" has a "%" that is not followed by a valid encoded character`);
    expect(refused?.headers).toMatchObject({ "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  });

  it.each([
    "/",
    "/articles/a-story",
    "/km/articles/%E1%9E%A2%E1%9F%92%E1%9E%93%E1%9E%80",
    "/search?q=%ZZ",
    "/search?q=100%",
    "/tags/50%25-off",
    "/articles/%00",
  ])("lets Next answer %s", (url) => {
    expect(refuseRequest({ method: "GET", url })).toBeNull();
  });

  it.each(["PUT", "DELETE", "PATCH", "PROPFIND"])("refuses %s on a page with 405 and Allow", (method) => {
    const refused = refuseRequest({ method, url: "/articles/a-story" });
    expect(refused?.status).toBe(405);
    expect(refused?.headers.allow).toBe("GET, HEAD, POST");
    expect(refused?.body).toContain(`${method} is not allowed here`);
  });

  it.each([
    ["GET", "/"],
    ["HEAD", "/articles/a-story"],
    ["POST", "/newsroom/stories/1"],
    ["OPTIONS", "/"],
    ["DELETE", "/api/v1/articles"],
    ["PUT", "/api/views"],
  ])("lets Next answer %s %s", (method, url) => {
    expect(refuseRequest({ method, url })).toBeNull();
  });
});
