import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { listKhmerLanguageNameCharacters } from "@/lib/i18n/khmer-language-name";
import { CliError } from "../cli";

// The font English pages use for the one Khmer word they show, the name of
// the Khmer language: Noto Sans Khmer cut down to that word's letters (with
// the shaping rules that join them), 2 KB instead of the 23 KB file.
// harfbuzz (through subset-font) gives the same bytes for the same input, so
// a test can tell when the file is out of date.

export const KHMER_LANGUAGE_NAME_FONT = path.join("app", "_fonts", "noto-sans-khmer-language-name.woff2");
const SOURCE = path.join("node_modules", "@fontsource", "noto-sans-khmer", "files", "noto-sans-khmer-khmer-400-normal.woff2");

export async function subsetKhmerLanguageNameFont(): Promise<Buffer> {
  if (!fs.existsSync(SOURCE)) throw new CliError(`The Khmer font to cut down is missing (${SOURCE}): run npm install first.`);
  return subsetFont(fs.readFileSync(SOURCE), listKhmerLanguageNameCharacters(), { targetFormat: "woff2" });
}
