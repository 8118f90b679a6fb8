import type { Language } from "@/db/schema";
import type { PublicArticleSummary } from "@/lib/public/types";
import { StoryCard, type StoryCardVariant } from "./story-card";

export function StoryList({
  stories,
  language,
  timeZone,
  variant = "standard",
  showSection = true,
  columns = 3,
  headingLevel = 3,
}: {
  stories: PublicArticleSummary[];
  language: Language;
  timeZone: string;
  variant?: StoryCardVariant;
  showSection?: boolean;
  columns?: 2 | 3 | 4;
  headingLevel?: 2 | 3;
}) {
  const grid = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3", 4: "sm:grid-cols-2 lg:grid-cols-4" }[columns];
  return (
    <ul className={`grid gap-x-8 gap-y-10 ${grid}`}>
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} language={language} timeZone={timeZone} variant={variant} showSection={showSection} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
