// The Khmer faces of the public site, the newsroom and the account pages:
// Noto Sans Khmer (the Khmer font Android phones carry, the smaller of the two
// Noto Khmer designs), regular and bold, Khmer glyphs only. Served from
// public/fonts under names that carry their content's hash (so a year's
// immutable caching is safe) and declared in app/globals.css.
//
// Not through next/font like the other faces: a Khmer page must preload them
// (until they arrive, Khmer text is laid out in whatever fallback the phone
// has, and the page jumped when they came: a layout shift of 0.26 on a Khmer
// story, Lighthouse's mobile run), while English pages, which show no Khmer
// text but the name of the language, must not. Turbopack's next/font preloads
// a preloaded face on every page of the app, and its file names are known
// only to the build; these are known here, so the Khmer layout preloads them.
//
// `npm run fonts:subset` copies them from @fontsource/noto-sans-khmer and
// rewrites the names here and in app/globals.css; a unit test fails until it
// is run after that package changes.

export const KHMER_FACES = [
  { weight: 400, href: "/fonts/noto-sans-khmer-400.8f19afec2c3d.woff2" },
  { weight: 700, href: "/fonts/noto-sans-khmer-700.35fcc5d1f6ee.woff2" },
] as const;

/** Where a face with this content is served: its weight and the first 12 hex digits of its SHA-256. */
export function khmerFaceHref(weight: number, sha256Hex: string): string {
  return `/fonts/noto-sans-khmer-${weight}.${sha256Hex.slice(0, 12)}.woff2`;
}
