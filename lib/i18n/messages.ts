import type { Language } from "@/db/schema";
import { formatNumber } from "./format";

// Every reader-facing string, in both languages.
const messages = {
  en: {
    languageName: "English",
    skipToContent: "Skip to content",
    latestStories: "Latest stories",
    noStories: "No stories have been published yet.",
    by: "By",
    and: "and",
    published: "Published",
    updated: "Updated",
    corrections: "Corrections",
    correction: "Correction",
    clarification: "Clarification",
    tags: "Tags",
    readIn: "Read this story in",
    views: (n: number) => `${formatNumber(n, "en")} ${n === 1 ? "view" : "views"}`,
    notFoundTitle: "Page not found",
    notFoundBody: "The page you were looking for does not exist or is no longer published.",
    backHome: "Back to the front page",
    otherLanguage: "ភាសាខ្មែរ",
    mainNavigation: "Main navigation",
  },
  km: {
    languageName: "ភាសាខ្មែរ",
    skipToContent: "រំលងទៅខ្លឹមសារ",
    latestStories: "អត្ថបទថ្មីៗ",
    noStories: "មិនទាន់មានអត្ថបទបោះពុម្ពផ្សាយនៅឡើយទេ។",
    by: "ដោយ",
    and: "និង",
    published: "ចុះផ្សាយ",
    updated: "កែប្រែ",
    corrections: "ការកែតម្រូវ",
    correction: "ការកែតម្រូវ",
    clarification: "ការបំភ្លឺ",
    tags: "ស្លាក",
    readIn: "អានអត្ថបទនេះជា",
    views: (n: number) => `ចំនួនអ្នកមើល ${formatNumber(n, "km")} ដង`,
    notFoundTitle: "រកមិនឃើញទំព័រ",
    notFoundBody: "ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬលែងបានចុះផ្សាយទៀតហើយ។",
    backHome: "ត្រឡប់ទៅទំព័រដើម",
    otherLanguage: "English",
    mainNavigation: "ម៉ឺនុយមេ",
  },
} satisfies Record<Language, Record<string, string | ((n: number) => string)>>;

export type Messages = (typeof messages)["en"];

export function messagesFor(language: Language): Messages {
  return messages[language];
}
