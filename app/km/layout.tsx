import type { Metadata, Viewport } from "next";
import { fontVariables } from "@/app/fonts";
import { PUBLIC_VIEWPORT, PublicDocument, publicDocumentMetadata } from "@/components/site/public-document";
import "@/app/globals.css";

export const metadata: Metadata = publicDocumentMetadata("km");
export const viewport: Viewport = PUBLIC_VIEWPORT;

export default function KhmerLayout({ children }: { children: React.ReactNode }) {
  return (
    <PublicDocument language="km" fontClassName={fontVariables}>
      {children}
    </PublicDocument>
  );
}
