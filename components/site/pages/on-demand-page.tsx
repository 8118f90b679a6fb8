import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Language } from "@/db/schema";
import { MissingPage } from "../missing-page";
import { inLanguage, type LanguagePageModule } from "./in-language";

// A public page whose address has no parameters (a front page, the most-read
// list) would be prerendered by `next build`, when there is no database. Each
// is an optional catch-all instead (app/(en)/[[...rest]], app/km/most-read/
// [[...rest]], …) with no static params: rendered on first visit and cached
// like every other public page. A longer address under it is the 404 (at the
// site's root, any address no other route claims).

type Props = { params: Promise<{ rest?: string[] }> };

export function onDemandPage<PageProps extends { params: Promise<{ lang: Language }> }, Result extends ReactNode | Promise<ReactNode>>(
  lang: Language,
  page: LanguagePageModule<PageProps, Result>,
) {
  const route = inLanguage(lang, page);
  const isLonger = async (params: Props["params"]) => (await params).rest !== undefined;
  return {
    generateMetadata: async ({ params }: Props): Promise<Metadata> => ((await isLonger(params)) ? {} : route.generateMetadata({ params } as Parameters<typeof route.generateMetadata>[0])),
    Page: async ({ params }: Props) => ((await isLonger(params)) ? <MissingPage language={lang} /> : route.Page({ params } as Parameters<typeof route.Page>[0])),
  };
}
