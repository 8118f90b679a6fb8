import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { fontVariables } from "@/app/fonts";
import { isLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import "@/app/globals.css";

type LayoutProps = { children: React.ReactNode; params: Promise<{ lang: string }> };

// Every public page sets its own title. The default is what a notFound() page
// ends up with once the browser has drawn it (Next keeps the layout's
// metadata there), so it is the 404's title in the reader's language.
export async function generateMetadata({ params }: Pick<LayoutProps, "params">): Promise<Metadata> {
  const { lang } = await params;
  const t = messagesFor(isLanguage(lang) ? lang : "en");
  return { title: { default: t.notFoundTitle, template: "%s" }, formatDetection: { telephone: false } };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fdfcf8" },
    { media: "(prefers-color-scheme: dark)", color: "#121418" },
  ],
};

export default async function PublicLayout({ children, params }: LayoutProps) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const t = messagesFor(lang);
  return (
    <html lang={lang} className={fontVariables}>
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
