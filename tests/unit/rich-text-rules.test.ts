import { describe, expect, it } from "vitest";
import { isSafeHref } from "@/lib/rich-text/links";
import { InvalidDocumentError, parseStoryDocument } from "@/lib/rich-text/schema";
import { parseVideoUrl, videoEmbedSrc, videoWatchUrl } from "@/lib/rich-text/video";

describe("isSafeHref", () => {
  it.each(["https://example.org/a?b=c", "http://example.org", "mailto:desk@example.org"])("allows %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "/relative/path",
    "ftp://example.org",
    " https://example.org",
    "mailto:",
    "",
    "https://",
  ])("refuses %s", (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe("parseVideoUrl and videoEmbedSrc", () => {
  it("reads the common YouTube address forms", () => {
    for (const url of [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ",
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=10",
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      "https://www.youtube.com/shorts/dQw4w9WgXcQ",
    ]) {
      expect(parseVideoUrl(url)).toEqual({ provider: "youtube", videoId: "dQw4w9WgXcQ" });
    }
  });

  it("reads Facebook video addresses", () => {
    expect(parseVideoUrl("https://www.facebook.com/somepage/videos/1234567890/")).toEqual({ provider: "facebook", videoId: "1234567890" });
    expect(parseVideoUrl("https://www.facebook.com/watch/?v=1234567890")).toEqual({ provider: "facebook", videoId: "1234567890" });
  });

  it("refuses other hosts and malformed ids", () => {
    expect(parseVideoUrl("https://vimeo.com/123")).toBeNull();
    expect(parseVideoUrl("https://evil.example/watch?v=dQw4w9WgXcQ")).toBeNull();
    expect(parseVideoUrl("https://www.youtube.com/watch?v=short")).toBeNull();
    expect(parseVideoUrl("javascript:alert(1)")).toBeNull();
  });

  it("builds frames only on the privacy-friendly, allowlisted hosts", () => {
    expect(videoEmbedSrc({ provider: "youtube", videoId: "dQw4w9WgXcQ" })).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(videoEmbedSrc({ provider: "facebook", videoId: "1234567890" })).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=/);
    expect(videoEmbedSrc({ provider: "youtube", videoId: "x\"><script>" })).toBeNull();
  });

  it("links to the video's own page at its provider, from a valid id only", () => {
    expect(videoWatchUrl({ provider: "youtube", videoId: "dQw4w9WgXcQ" })).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(videoWatchUrl({ provider: "facebook", videoId: "1234567890" })).toBe("https://www.facebook.com/watch/?v=1234567890");
    expect(videoWatchUrl({ provider: "facebook", videoId: "12345\"><a" })).toBeNull();
  });
});

describe("parseStoryDocument", () => {
  const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

  it("accepts a document of the shared schema", () => {
    const doc = parseStoryDocument({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Heading" }] },
        paragraph("Body"),
        { type: "pullQuote", content: [{ type: "text", text: "Quoted" }] },
        { type: "blockquote", content: [paragraph("A source said so.")] },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph("One")] }] },
        { type: "imageFigure", attrs: { mediaId: "0b7c3d1e-0000-4000-8000-000000000000" } },
        { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ" } },
        { type: "horizontalRule" },
      ],
    });
    expect(doc.childCount).toBe(8);
  });

  it("refuses what is not a document", () => {
    expect(() => parseStoryDocument(null)).toThrow(InvalidDocumentError);
    expect(() => parseStoryDocument({ type: "paragraph" })).toThrow(/not a document/);
  });

  it("refuses unknown nodes and broken nesting", () => {
    expect(() => parseStoryDocument({ type: "doc", content: [{ type: "script", text: "x" }] })).toThrow(InvalidDocumentError);
    expect(() => parseStoryDocument({ type: "doc", content: [{ type: "text", text: "loose text at the top" }] })).toThrow(InvalidDocumentError);
    expect(() => parseStoryDocument({ type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [] }] })).not.toThrow();
  });

  it("refuses links with other protocols", () => {
    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    expect(() => parseStoryDocument(doc)).toThrow(/only http, https and mailto/);
  });
});
