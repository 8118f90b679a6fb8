import type { Metadata } from "next";
import { headers } from "next/headers";
import { fontVariables } from "@/app/fonts";
import { NewsroomHeader } from "@/components/newsroom/newsroom-header";
import { REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";
import { requireUser } from "@/lib/auth/session";
import "@/app/globals.css";

export const metadata: Metadata = {
  title: { default: "Masthead newsroom", template: "%s · Masthead newsroom" },
  robots: { index: false, follow: false },
};

// The header needs the person; each page still checks its own permission,
// because a layout does not re-run on every navigation and is no security boundary.
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser((await headers()).get(REQUEST_PATH_HEADER) ?? undefined);
  return (
    <html lang="en" className={fontVariables}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-black">
          Skip to content
        </a>
        <NewsroomHeader user={user} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
