import { MissingPage } from "@/components/site/missing-page";
import { isLanguage } from "@/lib/i18n/languages";

// Any public path no route claims is the public 404, in the reader's language.
// Static (kept once rendered), so it is prerendered: see missing-page.tsx for
// why that keeps its message in the HTML.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

export default async function Missing({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return <MissingPage language={isLanguage(lang) ? lang : "en"} />;
}
