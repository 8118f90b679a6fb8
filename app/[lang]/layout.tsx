import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fontVariables } from "@/app/fonts";
import { isLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import "@/app/globals.css";

export const metadata: Metadata = {
  title: { default: "Masthead", template: "%s" },
};

export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const t = messagesFor(lang);
  return (
    <html lang={lang} className={fontVariables}>
      <body className="min-h-screen font-serif antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-black">
          {t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
