import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { KHMER_FACES, khmerFaceHref } from "@/lib/fonts/khmer-faces";
import { CliError } from "../cli";

// The Khmer faces' files in public/fonts and the addresses that name them
// (lib/fonts/khmer-faces.ts, app/globals.css), brought up to date with the
// installed @fontsource/noto-sans-khmer by `npm run fonts:subset`.

const SOURCE_DIR = path.join("node_modules", "@fontsource", "noto-sans-khmer", "files");
export const PUBLIC_FONTS_DIR = path.join("public", "fonts");
export const FILES_NAMING_KHMER_FACES = [path.join("lib", "fonts", "khmer-faces.ts"), path.join("app", "globals.css")];

export type KhmerFaceFile = { weight: number; committedHref: string; href: string; content: Buffer };

/** Each Khmer face as the installed package has it, with the address its content calls for. */
export function readKhmerFaceSources(): KhmerFaceFile[] {
  return KHMER_FACES.map((face) => {
    // The package's Khmer-only files (its others hold its Latin letters).
    const source = path.join(SOURCE_DIR, `noto-sans-khmer-khmer-${face.weight}-normal.woff2`);
    if (!fs.existsSync(source)) throw new CliError(`A Khmer face is missing (${source}): run npm install first.`);
    const content = fs.readFileSync(source);
    const href = khmerFaceHref(face.weight, createHash("sha256").update(content).digest("hex"));
    return { weight: face.weight, committedHref: face.href, href, content };
  });
}

export function publicFilePath(href: string): string {
  return path.join("public", ...href.split("/").filter(Boolean));
}

/** Writes the faces into public/fonts under their addresses, removes files no face names, and rewrites the addresses where they are named. */
export function syncKhmerFaceFiles(): string[] {
  const faces = readKhmerFaceSources();
  const done: string[] = [];
  fs.mkdirSync(PUBLIC_FONTS_DIR, { recursive: true });
  const wanted = new Set(faces.map((face) => path.basename(face.href)));
  for (const file of fs.readdirSync(PUBLIC_FONTS_DIR)) {
    if (file.startsWith("noto-sans-khmer-") && !wanted.has(file)) {
      fs.rmSync(path.join(PUBLIC_FONTS_DIR, file));
      done.push(`Removed ${path.join(PUBLIC_FONTS_DIR, file)}.`);
    }
  }
  for (const face of faces) {
    const target = publicFilePath(face.href);
    if (!fs.existsSync(target) || !fs.readFileSync(target).equals(face.content)) {
      fs.writeFileSync(target, face.content);
      done.push(`Wrote ${target} (${face.content.length} bytes).`);
    }
    if (face.committedHref === face.href) continue;
    for (const file of FILES_NAMING_KHMER_FACES) {
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll(face.committedHref, face.href));
      done.push(`Renamed ${face.committedHref} to ${face.href} in ${file}.`);
    }
  }
  return done;
}
