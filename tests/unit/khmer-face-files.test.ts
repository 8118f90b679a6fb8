import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KHMER_FACES, khmerFaceHref } from "@/lib/fonts/khmer-faces";
import { PUBLIC_FONTS_DIR, publicFilePath, readKhmerFaceSources } from "@/scripts/fonts/khmer-face-files";

const OUT_OF_DATE = "the Khmer faces in public/fonts are out of date: run npm run fonts:subset";

describe("the Khmer faces served from public/fonts", () => {
  it("are named by their content's hash and hold the installed package's files", () => {
    for (const face of readKhmerFaceSources()) {
      expect(face.committedHref, OUT_OF_DATE).toBe(face.href);
      const file = publicFilePath(face.href);
      expect(fs.existsSync(file), `${file}: ${OUT_OF_DATE}`).toBe(true);
      expect(fs.readFileSync(file).equals(face.content), `${file}: ${OUT_OF_DATE}`).toBe(true);
    }
    // Nothing else is left there to be served under a name no face has.
    expect(fs.readdirSync(PUBLIC_FONTS_DIR).sort()).toEqual(KHMER_FACES.map((face) => path.basename(face.href)).sort());
  });

  it("are each declared once in the stylesheet, at their weight, for Khmer letters only", () => {
    const css = fs.readFileSync(path.join("app", "globals.css"), "utf8");
    const declarations = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1] ?? "");
    expect(declarations).toHaveLength(KHMER_FACES.length);
    for (const face of KHMER_FACES) {
      const declaration = declarations.find((text) => text.includes(`url("${face.href}")`));
      expect(declaration, face.href).toBeDefined();
      expect(declaration).toContain('font-family: "Noto Sans Khmer"');
      expect(declaration).toContain(`font-weight: ${face.weight};`);
      expect(declaration).toMatch(/unicode-range: U\+1780-17FF/);
    }
  });

  it("names a face by its weight and the first twelve digits of its hash", () => {
    expect(khmerFaceHref(700, "0123456789abcdef")).toBe("/fonts/noto-sans-khmer-700.0123456789ab.woff2");
  });
});
