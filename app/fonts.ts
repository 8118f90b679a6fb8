import localFont from "next/font/local";

// Bundled from @fontsource: nothing is downloaded at build or run time. The
// Latin faces are here; the Khmer ones, which every family falls through to
// for Khmer letters, are in app/globals.css (lib/fonts/khmer-faces.ts says why).
//
// All Khmer text, story and interface alike, is set in one family, Noto Sans
// Khmer: with a Khmer serif for stories as well, a Khmer page fetched four
// Khmer files, 110 KB, where two (47 KB) now do. Readers here pay for data by
// the megabyte.
//
// Next preloads every file of a family with preload on, on every page of the
// layouts that use it; all nine were 190 KB a phone fetched at high priority
// before the story's first paragraph could settle (on English pages too, for
// Khmer glyphs they never show). Only the serif, in which headlines,
// standfirsts and story text are set, is preloaded; the others are fetched
// when the stylesheet asks for them, and text shows in the fallback until then.
export const notoSerif = localFont({
  variable: "--font-noto-serif",
  display: "swap",
  src: [
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
});

// The italic is a family of its own, not a third face of notoSerif, so that it
// is not preloaded: only emphasis and block quotes inside a story use it
// (app/globals.css), and most pages have neither, where it was 16 KB fetched
// for nothing at the priority of the story's own text.
export const notoSerifItalic = localFont({
  preload: false,
  variable: "--font-noto-serif-italic",
  display: "swap",
  src: [{ path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2", weight: "400", style: "italic" }],
});

export const notoSans = localFont({
  preload: false,
  variable: "--font-noto-sans",
  display: "swap",
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
});

// The one Khmer word most English pages show is the name of the language, in
// the links to the Khmer site and versions: set in Noto Sans Khmer cut down to
// its letters (2 KB; scripts/fonts/khmer-language-name-font.ts makes it), so
// an English page does not fetch the whole Khmer face (23 KB) for it.
export const notoSansKhmerLanguageName = localFont({
  preload: false,
  adjustFontFallback: false,
  variable: "--font-khmer-language-name",
  display: "swap",
  src: [{ path: "./_fonts/noto-sans-khmer-language-name.woff2", weight: "400", style: "normal" }],
});

export const fontVariables = [notoSerif, notoSerifItalic, notoSans, notoSansKhmerLanguageName].map((font) => font.variable).join(" ");
