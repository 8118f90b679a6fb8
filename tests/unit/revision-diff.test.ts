import { describe, expect, it } from "vitest";
import { diffBlocks, diffSnapshots, diffText, documentBlocks, type DiffableSnapshot } from "@/lib/articles/revision-diff";

const base: DiffableSnapshot = {
  headline: "Floodwaters recede along the Mekong",
  standfirst: "Farmers count the cost.",
  slug: "floodwaters-recede",
  section: "Environment",
  bylines: ["Sophea Chan"],
  tags: ["Floods", "Mekong"],
  leadImage: null,
  blocks: ["First paragraph.", "Second paragraph about rice.", "Third paragraph."],
};

describe("diffText", () => {
  it("marks changed words and keeps the rest", () => {
    expect(diffText("The quick brown fox", "The quick red fox", "en")).toEqual([
      { kind: "same", text: "The quick " },
      { kind: "removed", text: "brown" },
      { kind: "added", text: "red" },
      { kind: "same", text: " fox" },
    ]);
  });

  it("finds Khmer words in text written without spaces", () => {
    const parts = diffText("កសិករនៅខេត្តបីបានត្រឡប់", "កសិករនៅខេត្តពីរបានត្រឡប់", "km");
    expect(parts).toEqual([
      { kind: "same", text: "កសិករនៅខេត្ត" },
      { kind: "removed", text: "បី" },
      { kind: "added", text: "ពីរ" },
      { kind: "same", text: "បានត្រឡប់" },
    ]);
  });
});

describe("diffBlocks", () => {
  it("is empty when nothing changed", () => {
    expect(diffBlocks(base.blocks, [...base.blocks], "en")).toEqual([]);
  });

  it("shows an edited paragraph word by word, an added and a removed one whole", () => {
    const chunks = diffBlocks(["Intro.", "Rice prices rose sharply.", "Old ending."], ["Intro.", "Rice prices fell sharply.", "A new paragraph entirely different."], "en");
    expect(chunks[0]).toEqual({ kind: "same", text: "Intro." });
    expect(chunks[1]).toEqual({
      kind: "changed",
      parts: [
        { kind: "same", text: "Rice prices " },
        { kind: "removed", text: "rose" },
        { kind: "added", text: "fell" },
        { kind: "same", text: " sharply." },
      ],
    });
    expect(chunks.slice(2)).toEqual([
      { kind: "removed", text: "Old ending." },
      { kind: "added", text: "A new paragraph entirely different." },
    ]);
  });

  it("keeps one paragraph of context around a change and counts the rest", () => {
    const from = Array.from({ length: 10 }, (_, index) => `Paragraph ${index}.`);
    const to = [...from.slice(0, 5), "Inserted.", ...from.slice(5)];
    expect(diffBlocks(from, to, "en")).toEqual([
      { kind: "skipped", count: 4 },
      { kind: "same", text: "Paragraph 4." },
      { kind: "added", text: "Inserted." },
      { kind: "same", text: "Paragraph 5." },
      { kind: "skipped", count: 4 },
    ]);
  });
});

describe("documentBlocks", () => {
  it("reads text blocks in order, inside quotes and lists, and names images, videos and rules", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "The flood" }] },
        { type: "paragraph", content: [{ type: "text", text: "Water " }, { type: "text", text: "rose", marks: [{ type: "bold" }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "We lost everything." }] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Item one" }] }] }] },
        { type: "imageFigure", attrs: { mediaId: "m1" } },
        { type: "videoEmbed", attrs: { provider: "youtube", videoId: "abc123" } },
        { type: "horizontalRule" },
        { type: "paragraph" },
      ],
    };
    expect(documentBlocks(doc, (id) => `photo ${id}`)).toEqual([
      "The flood",
      "Water rose",
      "We lost everything.",
      "Item one",
      "[Image: photo m1]",
      "[Video: youtube abc123]",
      "[Divider]",
    ]);
  });
});

describe("diffSnapshots", () => {
  it("lists every changed field by name and leaves unchanged ones out", () => {
    const to: DiffableSnapshot = {
      ...base,
      headline: "Floodwaters rise along the Mekong",
      slug: "floodwaters-rise",
      section: null,
      bylines: ["Dara Keo", "Sophea Chan"],
      tags: ["Mekong", "Rice"],
      leadImage: "Boats at dawn (boats.jpg)",
    };
    const diff = diffSnapshots(base, to, "en");
    expect(diff.bodyChanged).toBe(false);
    expect(diff.fields.map((field) => field.field)).toEqual(["headline", "slug", "section", "bylines", "tags", "leadImage"]);
    expect(diff.fields).toContainEqual({ field: "section", label: "Section", from: "Environment", to: "None" });
    expect(diff.fields).toContainEqual({ field: "tags", label: "Tags", added: ["Rice"], removed: ["Floods"] });
    expect(diff.fields).toContainEqual({ field: "bylines", label: "Bylines", from: ["Sophea Chan"], to: ["Dara Keo", "Sophea Chan"] });
    expect(diff.fields).toContainEqual({ field: "leadImage", label: "Lead image", from: "None", to: "Boats at dawn (boats.jpg)" });
  });

  it("notices a change of byline order", () => {
    const diff = diffSnapshots({ ...base, bylines: ["A", "B"] }, { ...base, bylines: ["B", "A"] }, "en");
    expect(diff.fields).toEqual([{ field: "bylines", label: "Bylines", from: ["A", "B"], to: ["B", "A"] }]);
  });
});
