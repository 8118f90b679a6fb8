import type { Metadata, Viewport } from "next";
import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";

// The <html> of a language's public site: the root layouts of app/(en) and
// app/km render it, each with its own language.

// Every public page sets its own title. The default is what a notFound() page
// ends up with once the browser has drawn it (Next keeps the layout's
// metadata there), so it is the 404's title in the reader's language.
export function publicDocumentMetadata(language: Language): Metadata {
  return { title: { default: messagesFor(language).notFoundTitle, template: "%s" }, formatDetection: { telephone: false } };
}

export const PUBLIC_VIEWPORT: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fdfcf8" },
    { media: "(prefers-color-scheme: dark)", color: "#121418" },
  ],
};

export function PublicDocument({ language, fontClassName, children }: { language: Language; fontClassName: string; children: React.ReactNode }) {
  const t = messagesFor(language);
  return (
    <html lang={language} className={fontClassName}>
      <body className="min-h-screen font-serif antialiased">
        <a
          href="#main"
          className="sr-only font-sans focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-black focus:shadow-lg"
        >
          {t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
