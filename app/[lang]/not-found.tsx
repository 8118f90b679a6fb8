import type { Metadata } from "next";
import { lang as rootLanguage } from "next/root-params";
import { NotFoundContent } from "@/components/site/not-found-content";
import type { Language } from "@/db/schema";
import { isLanguage } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";

// The public 404, in the reader's language: the language is the root segment
// of every public address (English addresses are rewritten to /en/...).
async function readerLanguage(): Promise<Language> {
  const value = await rootLanguage();
  return isLanguage(value) ? value : "en";
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: messagesFor(await readerLanguage()).notFoundTitle }, robots: { index: false } };
}

export default async function NotFound() {
  return <NotFoundContent language={await readerLanguage()} />;
}
