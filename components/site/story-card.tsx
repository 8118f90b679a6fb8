import Link from "next/link";
import type { Language } from "@/db/schema";
import { formatDate } from "@/lib/i18n/format";
import { articlePath } from "@/lib/i18n/languages";
import type { PublicArticleSummary } from "@/lib/public/types";
import { Byline } from "./byline";
import { ResponsiveImage } from "./responsive-image";
import { SectionKicker } from "./section-kicker";

export type StoryCardVariant = "lead" | "standard" | "compact";

const HEADLINE: Record<StoryCardVariant, string> = {
  lead: "text-3xl sm:text-4xl leading-tight",
  standard: "text-xl leading-snug",
  compact: "text-lg leading-snug",
};

/**
 * A story in a list: section, headline (the only link to the story, so each
 * story is one stop for keyboard and screen-reader users), standfirst, byline
 * and date. The photo is decorative here (alt=""): the headline says it all.
 */
export function StoryCard({
  story,
  language,
  timeZone,
  variant = "standard",
  headingLevel = 3,
  showSection = true,
  priorityImage = false,
}: {
  story: PublicArticleSummary;
  language: Language;
  timeZone: string;
  variant?: StoryCardVariant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  priorityImage?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const image = variant !== "compact" ? story.leadImage : null;
  const foreign = story.language !== language ? story.language : undefined;
  return (
    <article lang={foreign} className={variant === "lead" ? "grid gap-6 md:grid-cols-2 md:items-start" : "flex flex-col gap-3"}>
      {image && (
        <ResponsiveImage
          image={image}
          alt=""
          priority={priorityImage}
          sizes={variant === "lead" ? "(min-width: 1152px) 34rem, (min-width: 768px) 50vw, 100vw" : "(min-width: 1024px) 22rem, (min-width: 640px) 50vw, 100vw"}
          className={`h-auto w-full bg-stone-200 dark:bg-stone-800 ${variant === "lead" ? "" : "aspect-[3/2] object-cover"}`}
        />
      )}
      <div>
        {showSection && story.section && <SectionKicker section={story.section} language={story.language} />}
        <Heading className={`mt-1 font-bold ${HEADLINE[variant]}`}>
          <Link href={articlePath(story.language, story.slug)} className="hover:underline">
            {story.headline}
          </Link>
        </Heading>
        {story.standfirst && variant !== "compact" && (
          <p className={`mt-2 text-stone-700 dark:text-stone-300 ${variant === "lead" ? "text-lg" : ""}`}>{story.standfirst}</p>
        )}
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          {variant !== "compact" && <Byline bylines={story.bylines} language={story.language} className="font-sans text-sm" />}
          <time dateTime={story.publishedAt.toISOString()} className="font-sans text-sm text-stone-600 dark:text-stone-400">
            {formatDate(story.publishedAt, story.language, timeZone)}
          </time>
        </div>
      </div>
    </article>
  );
}
