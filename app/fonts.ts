import localFont from "next/font/local";

// Bundled from @fontsource: nothing is downloaded at build or run time. The
// Khmer files hold only Khmer glyphs, so each family pairs with a Latin face.
export const notoSerif = localFont({
  variable: "--font-noto-serif",
  display: "swap",
  src: [
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2", weight: "700", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2", weight: "400", style: "italic" },
  ],
});

export const notoSerifKhmer = localFont({
  variable: "--font-noto-serif-khmer",
  display: "swap",
  src: [
    { path: "../node_modules/@fontsource/noto-serif-khmer/files/noto-serif-khmer-khmer-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-serif-khmer/files/noto-serif-khmer-khmer-700-normal.woff2", weight: "700", style: "normal" },
  ],
});

export const notoSans = localFont({
  variable: "--font-noto-sans",
  display: "swap",
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
});

export const notoSansKhmer = localFont({
  variable: "--font-noto-sans-khmer",
  display: "swap",
  src: [
    { path: "../node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal.woff2", weight: "700", style: "normal" },
  ],
});

export const fontVariables = [notoSerif, notoSerifKhmer, notoSans, notoSansKhmer].map((font) => font.variable).join(" ");
