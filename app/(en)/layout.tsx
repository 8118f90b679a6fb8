import type { Metadata, Viewport } from "next";
import { fontVariables } from "@/app/fonts";
import { PUBLIC_VIEWPORT, PublicDocument, publicDocumentMetadata } from "@/components/site/public-document";
import "@/app/globals.css";

export const metadata: Metadata = publicDocumentMetadata("en");
export const viewport: Viewport = PUBLIC_VIEWPORT;

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicDocument language="en" fontClassName={fontVariables}>
      {children}
    </PublicDocument>
  );
}
