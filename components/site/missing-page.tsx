import { notFound } from "next/navigation";
import { Suspense } from "react";
import type { Language } from "@/db/schema";
import { NotFoundContent } from "./not-found-content";

// Next 16.4 answers a notFound() thrown by a page with an empty error document:
// the 404 appeared only once JavaScript had drawn it (vercel/next.js#98954),
// so a reader without JavaScript, or a crawler, got a blank page. A cached
// (prerendered) page that renders the 404 itself and throws notFound() only
// inside an empty Suspense boundary is still answered with status 404 and
// noindex, and its HTML keeps the message. In the browser the boundary renders
// again, the same notFound() reaches the site's not-found.tsx, which shows the
// same content.

function RespondNotFound(): never {
  notFound();
}

/** What a cached public page renders for something that does not exist (or is no longer published). */
export function MissingPage({ language }: { language: Language }) {
  return (
    <>
      <NotFoundContent language={language} />
      <Suspense fallback={null}>
        <RespondNotFound />
      </Suspense>
    </>
  );
}
