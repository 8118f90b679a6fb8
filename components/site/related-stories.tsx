import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicArticleSummary } from "@/lib/public/types";
import { StoryList } from "./story-list";

export function RelatedStories({ stories, language, timeZone }: { stories: PublicArticleSummary[]; language: Language; timeZone: string }) {
  if (stories.length === 0) return null;
  const t = messagesFor(language);
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t-2 border-stone-800 pt-4 print:hidden dark:border-stone-300">
      <h2 id="related-heading" className="mb-6 font-sans text-sm font-bold tracking-wider uppercase">
        {t.relatedStories}
      </h2>
      <StoryList stories={stories} language={language} timeZone={timeZone} columns={2} variant="compact" />
    </section>
  );
}
