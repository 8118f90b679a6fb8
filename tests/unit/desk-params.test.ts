import { describe, expect, it } from "vitest";
import { deskSearch, parseDeskParams } from "@/lib/newsroom/desk-params";

const SECTION = "6f1c3a52-8d4e-4b7a-9c1d-2e3f4a5b6c7d";

describe("parseDeskParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseDeskParams({})).toEqual({ q: "", sort: "updated", dir: "desc", page: 1 });
  });

  it("keeps valid values and trims the search", () => {
    expect(
      parseDeskParams({ q: "  floods ", status: "in_review", section: SECTION, author: SECTION, language: "km", sort: "headline", dir: "desc", page: "3" }),
    ).toEqual({ q: "floods", status: "in_review", section: SECTION, author: SECTION, language: "km", sort: "headline", dir: "desc", page: 3 });
  });

  it("drops each bad value on its own instead of failing", () => {
    expect(
      parseDeskParams({ status: "deleted", section: "1 OR 1=1", author: "nobody", language: "fr", sort: "password", dir: "sideways", page: "-4" }),
    ).toEqual({ q: "", sort: "updated", dir: "desc", page: 1 });
    expect(parseDeskParams({ page: "2.5" }).page).toBe(1);
    expect(parseDeskParams({ page: "1e9" }).page).toBe(1);
    expect(parseDeskParams({ q: "x".repeat(500) }).q).toBe("");
  });

  it("takes the first of repeated parameters and treats empty ones as unset", () => {
    expect(parseDeskParams({ status: ["draft", "published"], language: "" })).toMatchObject({ status: "draft" });
    expect(parseDeskParams({ language: "" }).language).toBeUndefined();
  });

  it("sorts headlines and statuses A to Z unless told otherwise", () => {
    expect(parseDeskParams({ sort: "headline" }).dir).toBe("asc");
    expect(parseDeskParams({ sort: "status", dir: "desc" }).dir).toBe("desc");
  });
});

describe("deskSearch", () => {
  it("leaves defaults out of links and keeps the rest", () => {
    const params = parseDeskParams({ q: "rice & floods", status: "draft" });
    expect(deskSearch(params)).toBe("?q=rice+%26+floods&status=draft");
    expect(deskSearch(params, { page: 2 })).toBe("?q=rice+%26+floods&status=draft&page=2");
    expect(deskSearch(parseDeskParams({}))).toBe("");
    expect(deskSearch(parseDeskParams({ sort: "headline" }))).toBe("?sort=headline");
  });
});
