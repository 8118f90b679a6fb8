import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { listKhmerLanguageNameCharacters } from "@/lib/i18n/khmer-language-name";
import { messagesFor } from "@/lib/i18n/messages";
import { KHMER_LANGUAGE_NAME_FONT, subsetKhmerLanguageNameFont } from "@/scripts/fonts/khmer-language-name-font";

describe("the Khmer language-name font", () => {
  it("lists each letter of the Khmer names of the language once", () => {
    const letters = [...listKhmerLanguageNameCharacters()];
    expect(new Set(letters).size).toBe(letters.length);
    for (const name of [messagesFor("km").languageName, messagesFor("en").otherLanguage]) {
      for (const letter of name) expect(letters).toContain(letter);
    }
  });

  it("is the subset of today's names: after a name changes, npm run fonts:subset rewrites it", async () => {
    const committed = fs.readFileSync(KHMER_LANGUAGE_NAME_FONT);
    const fresh = await subsetKhmerLanguageNameFont();
    expect(committed.equals(fresh), `${KHMER_LANGUAGE_NAME_FONT} is out of date: run npm run fonts:subset`).toBe(true);
    // A tenth of the whole Khmer face it is cut from.
    expect(committed.length).toBeLessThan(4_000);
  });
});
