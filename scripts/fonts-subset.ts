import fs from "node:fs";
import { KHMER_LANGUAGE_NAME_FONT, subsetKhmerLanguageNameFont } from "./fonts/khmer-language-name-font";
import { syncKhmerFaceFiles } from "./fonts/khmer-face-files";
import { runCommand } from "./cli";

// `npm run fonts:subset`: rewrites app/_fonts/noto-sans-khmer-language-name.woff2
// after the Khmer name of the language changes in lib/i18n, and the Khmer
// faces in public/fonts (with the addresses that name them) after
// @fontsource/noto-sans-khmer changes. Unit tests fail until it is run.

void runCommand(async () => {
  const done = syncKhmerFaceFiles();
  const font = await subsetKhmerLanguageNameFont();
  const before = fs.existsSync(KHMER_LANGUAGE_NAME_FONT) ? fs.readFileSync(KHMER_LANGUAGE_NAME_FONT) : null;
  if (before?.equals(font)) done.push(`${KHMER_LANGUAGE_NAME_FONT} is up to date (${font.length} bytes).`);
  else {
    fs.writeFileSync(KHMER_LANGUAGE_NAME_FONT, font);
    done.push(`Wrote ${KHMER_LANGUAGE_NAME_FONT} (${font.length} bytes).`);
  }
  return done.join("\n");
});
