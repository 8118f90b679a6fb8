import { describe, expect, it } from "vitest";
import { correctionInputSchema } from "@/lib/corrections/correction-schemas";
import { commentInputSchema } from "@/lib/comments/comment-schemas";
import { describeRequestProblems, transitionRequestSchema } from "@/lib/workflow/workflow-schemas";

const id = "7f1c2a54-6d2e-4c0b-9a51-0f6a1b2c3d4e";

describe("workflow request schemas", () => {
  it("accept a plain step", () => {
    expect(transitionRequestSchema.parse({ articleId: id, action: "submit", baseVersion: 4, note: "Ready" })).toEqual({
      articleId: id,
      action: "submit",
      baseVersion: 4,
      note: "Ready",
    });
  });

  it("refuse a crafted request that also sets a status, bylines or a raw publication time", () => {
    for (const extra of [{ status: "published" }, { bylines: ["someone"] }, { scheduledFor: "2020-01-01T00:00:00Z" }, { firstPublishedAt: "x" }]) {
      const parsed = transitionRequestSchema.safeParse({ articleId: id, action: "submit", baseVersion: 1, ...extra });
      expect(parsed.success).toBe(false);
      if (!parsed.success) {
        expect(describeRequestProblems(parsed.error)).toBe(
          `This request tries to change what the workflow does not accept (${Object.keys(extra).join(", ")}). Nothing was changed.`,
        );
      }
    }
  });

  it("refuse unknown steps, missing versions and ids that are not ids, in words", () => {
    const parsed = transitionRequestSchema.safeParse({ articleId: "1", action: "delete", baseVersion: "4" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(describeRequestProblems(parsed.error)).toBe("That story does not exist. That is not a workflow step. The story's version is missing: reload the page.");
    }
  });

  it("require the text of corrections and comments", () => {
    expect(correctionInputSchema.safeParse({ articleId: id, kind: "correction", text: "   " }).error?.issues[0]?.message).toBe(
      "Write the text of the correction: readers see it at the foot of the story.",
    );
    expect(correctionInputSchema.safeParse({ articleId: id, kind: "retraction", text: "x" }).error?.issues[0]?.message).toBe("Choose correction or clarification.");
    expect(commentInputSchema.safeParse({ articleId: id, body: "" }).error?.issues[0]?.message).toBe("Write a comment before posting it.");
    expect(commentInputSchema.parse({ articleId: id, body: "  Looks good  " }).body).toBe("Looks good");
  });
});
