import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it.each([
    ["/newsroom/review", "/newsroom/review"],
    ["/newsroom?status=draft#top", "/newsroom?status=draft#top"],
    ["/km/articles/%E1%9E%80", "/km/articles/%E1%9E%80"],
    ["/newsroom/../newsroom/people", "/newsroom/people"],
  ])("keeps the path %s on this site", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/newsroom",
    "//evil.example/newsroom",
    "/\\evil.example",
    "/newsroom\\..\\x",
    "javascript:alert(1)",
    "newsroom",
    "/\tevil",
    "/signin?callbackUrl=/newsroom",
    "/signout",
    "",
    null,
    undefined,
  ])("replaces %j with the newsroom", (input) => {
    expect(safeCallbackPath(input)).toBe("/newsroom");
  });

  it("uses the fallback it is given", () => {
    expect(safeCallbackPath("https://evil.example", "/")).toBe("/");
  });
});
