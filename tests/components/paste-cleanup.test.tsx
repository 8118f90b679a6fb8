import { generateJSON, type JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "@/components/editor/paste-cleanup";
import { normalizeLinkInput } from "@/components/editor/link-input";
import { storyExtensions } from "@/lib/rich-text/extensions";
import { parseStoryDocument } from "@/lib/rich-text/schema";

function parse(html: string): JSONContent {
  const json = generateJSON(cleanPastedHtml(html), storyExtensions());
  parseStoryDocument(json);
  return json;
}

function types(doc: JSONContent): string[] {
  return (doc.content ?? []).map((node) => node.type ?? "");
}

function marksOf(doc: JSONContent): string[] {
  const found: string[] = [];
  const visit = (node: JSONContent) => {
    for (const mark of node.marks ?? []) found.push(`${mark.type}:${node.text}`);
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return found;
}

const GOOGLE_DOCS = [
  '<meta charset="utf-8">',
  '<b style="font-weight:normal;" id="docs-internal-guid-12ab34cd-7fff-5678-9abc-def012345678">',
  '<h2 dir="ltr" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000">Who pays for the dam</span></h2>',
  '<p dir="ltr"><span style="font-family:Georgia;color:#cc0000;background-color:#ffff00">Villagers were </span><span style="font-weight:700;font-family:Georgia">not consulted</span><span style="font-style:italic"> at all</span><span>.</span></p>',
  '<ol><li dir="ltr"><p dir="ltr"><span>First meeting</span></p></li><li><p><span>Second meeting</span></p></li></ol>',
  '<blockquote><p><span>We were never asked.</span></p></blockquote>',
  '<p><a href="https://example.org/report" style="text-decoration:none"><span style="color:#1155cc;text-decoration:underline">The report</span></a></p>',
  "</b>",
].join("");

const WORD = [
  "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta name=Generator content='Microsoft Word 15'>",
  "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->",
  "<style>p.MsoNormal { font-family: Calibri; }</style></head><body>",
  "<h3 class=MsoHeading3>Background</h3>",
  "<p class=MsoNormal style='font-family:Calibri;color:#1F3864'><b>Bold</b> and <i>italic</i> text.<o:p></o:p></p>",
  "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;</span></span><![endif]>Rice</p>",
  "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Fish</p>",
  "<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><![endif]>One</p>",
  "<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><![endif]>Two</p>",
  "</body></html>",
].join("");

describe("cleanPastedHtml", () => {
  it("keeps a Google Docs fragment's heading, list, quote, link, bold and italic, without making everything bold", () => {
    const doc = parse(GOOGLE_DOCS);
    expect(types(doc)).toEqual(["heading", "paragraph", "orderedList", "blockquote", "paragraph"]);
    expect(doc.content?.[0]).toMatchObject({ attrs: { level: 2 }, content: [{ text: "Who pays for the dam" }] });
    expect(marksOf(doc)).toEqual(["bold:not consulted", "italic: at all", "link:The report"]);
    expect(JSON.stringify(doc)).toContain("https://example.org/report");
  });

  it("drops fonts, colours, classes, ids, styles, scripts and event handlers", () => {
    const cleaned = cleanPastedHtml(
      `${GOOGLE_DOCS}<script>alert(1)</script><p onclick="alert(2)" class="x" id="y"><span style="color:red;font-weight:bold">Loud</span><img src="x" onerror="alert(3)"></p><iframe src="https://evil.example"></iframe>`,
    );
    expect(cleaned).not.toMatch(/<script|<style|<meta|<iframe|onclick|onerror|class=|id=|color|font-family|background|docs-internal-guid/i);
    expect(cleaned).toContain('style="font-weight:bold"');
  });

  it("rebuilds Word's typed bullets and numbers as real lists and drops its conditional comments and Mso classes", () => {
    const doc = parse(WORD);
    expect(types(doc)).toEqual(["heading", "paragraph", "bulletList", "orderedList"]);
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/·|OfficeDocumentSettings|Calibri|1\.\s/);
    expect(doc.content?.[2]?.content?.map((item) => item.content?.[0]?.content?.[0]?.text)).toEqual(["Rice", "Fish"]);
    expect(doc.content?.[3]?.content?.map((item) => item.content?.[0]?.content?.[0]?.text)).toEqual(["One", "Two"]);
    expect(marksOf(doc)).toEqual(["bold:Bold", "italic:italic"]);
  });

  it("keeps Heading 1 from Google Docs and Word as a heading, moving the outline down a level to fit headings 2 to 4", () => {
    const googleDocs = parse(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><h1 dir="ltr"><span style="font-size:20pt">Flood season</span></h1><p dir="ltr"><span>Text.</span></p><h2 dir="ltr"><span>Upstream</span></h2><h3><span>Dams</span></h3></b>',
    );
    expect(googleDocs.content?.map((node) => [node.type, node.attrs?.level ?? null, node.content?.[0]?.text])).toEqual([
      ["heading", 2, "Flood season"],
      ["paragraph", null, "Text."],
      ["heading", 3, "Upstream"],
      ["heading", 4, "Dams"],
    ]);
    const word = parse("<h1 class=MsoHeading1 style='font-family:Calibri'>Background<o:p></o:p></h1><h4>Detail</h4><h6>Fine print</h6>");
    expect(word.content?.map((node) => [node.type, node.attrs?.level ?? null])).toEqual([
      ["heading", 2],
      ["heading", 4],
      ["heading", 4],
    ]);
    // Without an h1 the levels stay as they were; below h4 becomes h4.
    expect(parse("<h3>Three</h3><h5>Five</h5>").content?.map((node) => node.attrs?.level)).toEqual([3, 4]);
  });

  it("keeps a web page's structure and drops links with other protocols", () => {
    const doc = parse('<article><h4>Notes</h4><ul><li>One <a href="javascript:alert(1)">bad</a></li></ul><hr><p><s>old</s> <u>new</u></p></article>');
    expect(types(doc)).toEqual(["heading", "bulletList", "horizontalRule", "paragraph"]);
    expect(marksOf(doc)).toEqual(["strike:old", "underline:new"]);
    expect(JSON.stringify(doc)).not.toContain("javascript");
  });
});

describe("normalizeLinkInput", () => {
  it.each([
    ["https://example.org/a", "https://example.org/a"],
    ["example.org/a", "https://example.org/a"],
    ["reporter@example.org", "mailto:reporter@example.org"],
    ["mailto:desk@example.org", "mailto:desk@example.org"],
  ])("accepts %s as %s", (input, href) => {
    expect(normalizeLinkInput(input)).toEqual({ ok: true, href });
  });

  it.each(["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "not a link", ""])("refuses %j with a message", (input) => {
    const result = normalizeLinkInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
  });
});
