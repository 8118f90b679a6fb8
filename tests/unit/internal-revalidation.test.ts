import { describe, expect, it } from "vitest";
import {
  INTERNAL_REVALIDATE_PATH,
  INTERNAL_TOKEN_HEADER,
  internalOrigin,
  internalRevalidationToken,
  isInternalRevalidationToken,
  requestPublicRevalidation,
} from "@/lib/workflow/internal-revalidation";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";

describe("internal revalidation", () => {
  it("accepts only the token derived from the secret, never the secret itself", () => {
    const token = internalRevalidationToken(SECRET);
    expect(token).not.toContain(SECRET);
    expect(isInternalRevalidationToken(token, SECRET)).toBe(true);
    expect(isInternalRevalidationToken(SECRET, SECRET)).toBe(false);
    expect(isInternalRevalidationToken(internalRevalidationToken(`${SECRET}x`), SECRET)).toBe(false);
    expect(isInternalRevalidationToken(null, SECRET)).toBe(false);
    expect(isInternalRevalidationToken("", SECRET)).toBe(false);
  });

  it("finds this server's own address", () => {
    expect(internalOrigin({ PORT: "3401" })).toBe("http://127.0.0.1:3401");
    expect(internalOrigin({ PORT: "3401", MASTHEAD_INTERNAL_ORIGIN: "http://app.internal:8080/" })).toBe("http://app.internal:8080");
    expect(internalOrigin({})).toBeNull();
  });

  it("posts the story's language and slugs with the token, and reports a refusal", async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const ok: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), init });
      return new Response("{}", { status: 200 });
    };
    await requestPublicRevalidation({ language: "km", slug: "ទឹកជំនន់", previousSlug: null }, { origin: "http://127.0.0.1:3401", fetcher: ok });
    expect(calls[0]?.url).toBe(`http://127.0.0.1:3401${INTERNAL_REVALIDATE_PATH}`);
    expect((calls[0]?.init?.headers as Record<string, string>)[INTERNAL_TOKEN_HEADER]).toBe(internalRevalidationToken(SECRET));
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ language: "km", slug: "ទឹកជំនន់", previousSlug: null });

    const refused: typeof fetch = async () => new Response("{}", { status: 403 });
    await expect(requestPublicRevalidation({ language: "en", slug: "a", previousSlug: null }, { origin: "http://x", fetcher: refused })).rejects.toThrow(
      "Internal revalidation answered 403",
    );
    await expect(requestPublicRevalidation({ language: "en", slug: "a", previousSlug: null }, { origin: null })).rejects.toThrow(/No internal origin/);
  });
});
