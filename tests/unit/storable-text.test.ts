import { describe, expect, it } from "vitest";
import { articleDraftSchema } from "@/lib/articles/article-input";
import { parseAuditParams } from "@/lib/audit/audit-params";
import { commentInputSchema } from "@/lib/comments/comment-schemas";
import { formText } from "@/lib/forms/form-state";
import { mediaSearchSchema } from "@/lib/media/media-schemas";
import { removeNulCharacters, removeNulCharactersDeep } from "@/lib/forms/storable-text";
import { parseDeskParams } from "@/lib/newsroom/desk-params";
import { parseListParams } from "@/lib/public/content-api-params";
import { transitionRequestSchema } from "@/lib/workflow/workflow-schemas";

// PostgreSQL refuses the NUL character in text and jsonb (the statement
// fails); every way text comes in removes it (lib/forms/storable-text.ts).

const ARTICLE_ID = "6f1c2a3b-7fff-4234-abcd-1234567890ab";
const USER_ID = "7a1c2a3b-7fff-4234-abcd-1234567890ab";

describe("NUL characters in what comes in", () => {
  it("are removed from strings, and from every string inside arrays and plain objects", () => {
    expect(removeNulCharacters("Flood\u0000 warning\u0000")).toBe("Flood warning");
    expect(removeNulCharacters("ទឹកជំនន់")).toBe("ទឹកជំនន់");
    expect(removeNulCharactersDeep({ type: "doc", content: [{ type: "text", text: "a\u0000b" }, 3, null] })).toEqual({ type: "doc", content: [{ type: "text", text: "ab" }, 3, null] });
  });

  it("are removed from every form field read with formText", () => {
    const form = new FormData();
    form.set("name", "Sokha\u0000 Chan");
    expect(formText(form, "name")).toBe("Sokha Chan");
    expect(formText(form, "missing")).toBeUndefined();
  });

  it("are removed from a story's headline, standfirst and body before they are checked and saved", () => {
    const parsed = articleDraftSchema.parse({
      headline: "Flood\u0000 warning",
      standfirst: "\u0000",
      slug: "flood-warning",
      language: "en",
      sectionId: null,
      leadImageId: null,
      bylineIds: [USER_ID],
      tagIds: [],
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Water\u0000 is rising" }] }] },
    });
    expect(parsed.headline).toBe("Flood warning");
    expect(parsed.standfirst).toBe("");
    expect(JSON.stringify(parsed.body)).not.toContain("\\u0000");
    expect(JSON.stringify(parsed.body)).toContain("Water is rising");
  });

  it("are removed from comments and workflow notes; a comment of nothing else is still refused as empty", () => {
    expect(commentInputSchema.parse({ articleId: ARTICLE_ID, body: "Check\u0000 the figures" }).body).toBe("Check the figures");
    const empty = commentInputSchema.safeParse({ articleId: ARTICLE_ID, body: "\u0000" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Write a comment before posting it.");
    expect(transitionRequestSchema.parse({ articleId: ARTICLE_ID, action: "submit", baseVersion: 1, note: "Ready\u0000" }).note).toBe("Ready");
  });

  it("are removed from the newsroom's desk, audit and media library searches", () => {
    expect(parseDeskParams({ q: "river\u0000" }).q).toBe("river");
    expect(mediaSearchSchema.parse({ q: "boat\u0000", page: "1" }).q).toBe("boat");
    const audit = parseAuditParams({ action: "story.\u0000published", targetId: "\u0000" });
    expect(audit.action).toBe("story.published");
    expect(audit.targetId).toBeUndefined();
  });

  it("make a Content API slug filter a bad request, with a message, like any other character no slug has", () => {
    for (const value of ["\u0000", "river\u0000", "two words"]) {
      const parsed = parseListParams(new URLSearchParams({ section: value }));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues).toEqual([{ param: "section", message: "section must be a slug, as the API gives them: letters, numbers and single hyphens." }]);
    }
    expect(parseListParams(new URLSearchParams({ tag: "ទន្លេសាប", author: "sokha-chan" })).ok).toBe(true);
  });
});
