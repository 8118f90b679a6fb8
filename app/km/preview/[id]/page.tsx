import type { Metadata } from "next";
import { inLanguage } from "@/components/site/pages/in-language";
import * as page from "@/components/site/pages/preview-page";

// Reads the session: never prerendered or cached (lib/http/response-headers.ts sends no-store).
export const dynamic = "force-dynamic";
export const metadata: Metadata = page.metadata;

export default inLanguage("km", page).Page;
