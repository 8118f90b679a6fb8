import type { Metadata, Viewport } from "next";
import { fontVariables } from "@/app/fonts";
import { preload } from "react-dom";
import { PUBLIC_VIEWPORT, PublicDocument, publicDocumentMetadata } from "@/components/site/public-document";
import { KHMER_FACES } from "@/lib/fonts/khmer-faces";
import "@/app/globals.css";

export const metadata: Metadata = publicDocumentMetadata("km");
export const viewport: Viewport = PUBLIC_VIEWPORT;

export default function KhmerLayout({ children }: { children: React.ReactNode }) {
  // Fetched with the stylesheet rather than after it: text laid out in the
  // phone's fallback before they came moved the page when they did.
  for (const face of KHMER_FACES) preload(face.href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    <PublicDocument language="km" fontClassName={fontVariables}>
      {children}
    </PublicDocument>
  );
}
