import type { Metadata } from "next";
import { fontVariables } from "@/app/fonts";
import "@/app/globals.css";

export const metadata: Metadata = {
  title: { default: "Masthead newsroom", template: "%s · Masthead newsroom" },
  // Account pages are for staff; search engines have nothing to find here.
  robots: { index: false, follow: false },
};

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={fontVariables}>
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
          <p className="mb-8 border-b-4 border-double border-stone-800 pb-3 text-center font-serif text-3xl font-bold tracking-tight dark:border-stone-300">
            Masthead newsroom
          </p>
          {children}
        </main>
      </body>
    </html>
  );
}
