import type { Language } from "@/db/schema";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type HeaderSection } from "./site-header";

export type Shell = {
  language: Language;
  site: { name: string; tagline: string };
  /** Sections for the navigation bar. */
  sections: HeaderSection[];
};

/** Header, main landmark (the skip link's target) and footer around a public page. */
export function PublicPage({
  shell,
  alternatePath,
  currentSection,
  wide = true,
  children,
}: {
  shell: Shell;
  alternatePath: string;
  currentSection?: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader
        language={shell.language}
        siteName={shell.site.name}
        tagline={shell.site.tagline}
        alternatePath={alternatePath}
        sections={shell.sections}
        currentSection={currentSection}
      />
      <main id="main" tabIndex={-1} className={`mx-auto px-4 py-8 outline-none ${wide ? "max-w-6xl" : "max-w-3xl"}`}>
        {children}
      </main>
      <SiteFooter language={shell.language} siteName={shell.site.name} />
    </>
  );
}
