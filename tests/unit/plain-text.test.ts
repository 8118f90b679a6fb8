import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { countWords, derivePlainText, readingMinutes } from "@/lib/rich-text/plain-text";

const text = (value: string): JSONContent => ({ type: "text", text: value });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const item = (...content: JSONContent[]): JSONContent => ({ type: "listItem", content });

describe("derivePlainText", () => {
  it("puts each paragraph and heading on its own, separated by a blank line", () => {
    const doc: JSONContent = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [text("What happened")] },
        paragraph(text("The river "), { type: "text", text: "rose", marks: [{ type: "bold" }] }, text(" overnight.")),
        paragraph(text("Nobody was hurt.")),
      ],
    };
    expect(derivePlainText(doc)).toBe("What happened\n\nThe river rose overnight.\n\nNobody was hurt.");
  });

  it("turns a hard break into a line break inside its paragraph", () => {
    const doc: JSONContent = { type: "doc", content: [paragraph(text("Line one"), { type: "hardBreak" }, text("Line two"))] };
    expect(derivePlainText(doc)).toBe("Line one\nLine two");
  });

  it("flattens nested lists and quotes into separate paragraphs", () => {
    const doc: JSONContent = {
      type: "doc",
      content: [
        {
          type: "bulletList",
          content: [
            item(paragraph(text("Rice")), { type: "orderedList", content: [item(paragraph(text("Jasmine"))), item(paragraph(text("Sticky")))] }),
            item(paragraph(text("Fish"))),
          ],
        },
        { type: "blockquote", content: [paragraph(text("“We lost everything,” she said.")), paragraph(text("Then she left."))] },
      ],
    };
    expect(derivePlainText(doc)).toBe("Rice\n\nJasmine\n\nSticky\n\nFish\n\n“We lost everything,” she said.\n\nThen she left.");
  });

  it("gives an empty string for an empty document", () => {
    expect(derivePlainText({ type: "doc" })).toBe("");
    expect(derivePlainText({ type: "doc", content: [paragraph()] })).toBe("");
  });
});

describe("countWords", () => {
  it("counts Latin words, not punctuation or numbers' separators", () => {
    expect(countWords("The river rose 1.5 metres, officials said.")).toBe(7);
    expect(countWords("")).toBe(0);
    expect(countWords(" — ! ")).toBe(0);
  });

  it("counts Khmer words that are written without spaces (ICU)", () => {
    // ខ្ញុំ / ស្រឡាញ់ / ប្រទេស / កម្ពុជា
    expect(countWords("ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា", "km")).toBe(4);
    // Splitting on whitespace would have counted one.
    expect("ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា".split(/\s+/)).toHaveLength(1);
    expect(countWords("កម្ពុជាជាប្រទេសមួយ។", "km")).toBe(4);
  });

  it("counts long text in pieces with the same result as in one piece", () => {
    const oneSegmentation = (text: string, language: string) =>
      [...new Intl.Segmenter(language, { granularity: "word" }).segment(text)].filter((segment) => segment.isWordLike).length;
    const english = Array.from({ length: 120 }, (_, index) => `Farmers in province ${index} said the river rose 1.5 metres.`).join(" ");
    const khmer = Array.from({ length: 150 }, () => "កសិករ​នៅ​ខេត្ត​បី​បាន​ត្រឡប់​ទៅ​វាល​ស្រែ​វិញ។ ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា").join("\n");
    // Several pieces each (the segmenter is only slow on much longer text). A
    // long run with no whitespace at all is counted whole.
    const unbroken = "ខ្ញុំស្រឡាញ់ប្រទេសកម្ពុជា".repeat(220);
    for (const [text, language] of [[english, "en"], [khmer, "km"], [unbroken, "km"], [`${unbroken} ${english}`, "en"]] as const) {
      expect(text.length).toBeGreaterThan(4_000);
      expect(countWords(text, language)).toBe(oneSegmentation(text, language));
    }
  });
  it("gives the segmenter's count for tokens at the edge of what it counts as one word", () => {
    const segmented = (text: string, language: string) =>
      [...new Intl.Segmenter(language, { granularity: "word" }).segment(text)].filter((segment) => segment.isWordLike).length;
    const tokens = ["river,", "(2024)", "$100", "“yes”", "don't", "3.14", "e-mail", "U.S.", "_id", "ⓐb", "a×b", "µm", "ªb", "Ⅻ", "ﬁne", "café", "e\u0301", "a\ufeffb", "a\u00a0b", "😀", "—", "ពេល", "x²", "10km²"];
    const text = tokens.join(" ");
    for (const language of ["en", "km"]) {
      expect(countWords(text, language)).toBe(segmented(text, language));
      for (const token of tokens) expect(countWords(token, language), token).toBe(segmented(token, language));
    }
  });
});

describe("readingMinutes", () => {
  it("reads 200 words a minute and never says less than a minute", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(199)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});
