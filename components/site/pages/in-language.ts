import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Language } from "@/db/schema";

// Each public address belongs to one language: English addresses have no
// prefix (app/(en)) and Khmer ones start with /km (app/km). A page is written
// once, as a module here that reads its language from `params.lang`, and each
// tree's route file adapts it with inLanguage. Until 2026-12 one tree under
// app/[lang] served English through a rewrite, which Next ran twice on every
// request: about a seventh of the server's time on a cached article page.

type LanguageProps = { params: Promise<{ lang: Language }> };

/** A page (or layout) module whose props carry the language in `params`. */
export type LanguagePageModule<Props extends LanguageProps, Result> = {
  default: (props: Props) => Result;
  generateMetadata?: (props: Props) => Promise<Metadata>;
};

/** The props Next passes to the route file: the same, without `lang` in the params. */
export type RouteProps<Props extends LanguageProps> = Omit<Props, "params"> & {
  params: Promise<Omit<Awaited<Props["params"]>, "lang">>;
};

export function inLanguage<Props extends LanguageProps, Result extends ReactNode | Promise<ReactNode>>(
  lang: Language,
  page: LanguagePageModule<Props, Result>,
) {
  // The route's own params plus the language its tree serves; `lang` is the
  // one key RouteProps takes out, so the result is Props again.
  const withLanguage = (props: RouteProps<Props>) => ({ ...props, params: props.params.then((params) => ({ ...params, lang })) }) as Props;
  return {
    Page: (props: RouteProps<Props>): Result => page.default(withLanguage(props)),
    generateMetadata: async (props: RouteProps<Props>): Promise<Metadata> => (page.generateMetadata ? page.generateMetadata(withLanguage(props)) : {}),
  };
}

/** Pages of dynamic routes are rendered on first visit and then cached (ISR), none at build time. */
export function noStaticParams(): never[] {
  return [];
}
