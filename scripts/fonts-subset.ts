import fs from "node:fs";
import { KHMER_LANGUAGE_NAME_FONT, subsetKhmerLanguageNameFont } from "./fonts/khmer-language-name-font";
import { runCommand } from "./cli";

// `npm run fonts:subset`: rewrites app/_fonts/noto-sans-khmer-language-name.woff2
// after the Khmer name of the language changes in lib/i18n (a unit test fails
// until it is run).

void runCommand(async () => {
  const font = await subsetKhmerLanguageNameFont();
  const before = fs.existsSync(KHMER_LANGUAGE_NAME_FONT) ? fs.readFileSync(KHMER_LANGUAGE_NAME_FONT) : null;
  if (before?.equals(font)) return `${KHMER_LANGUAGE_NAME_FONT} is up to date (${font.length} bytes).`;
  fs.writeFileSync(KHMER_LANGUAGE_NAME_FONT, font);
  return `Wrote ${KHMER_LANGUAGE_NAME_FONT} (${font.length} bytes).`;
});
