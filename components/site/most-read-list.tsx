import Link from "next/link";
import type { Language } from "@/db/schema";
import { articlePath } from "@/lib/i18n/languages";
import { formatNumber } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicMostRead } from "@/lib/public/types";

/** A ranked list of the most read stories with their reads this week. */
export function MostReadList({ stories, language, showViews = true }: { stories: PublicMostRead[]; language: Language; showViews?: boolean }) {
  const t = messagesFor(language);
  return (
    <ol className="space-y-4">
      {stories.map((story, index) => (
        <li key={story.id} className="flex gap-3">
          <span aria-hidden="true" className="font-serif text-3xl leading-none font-bold text-red-800 dark:text-red-300">
            {formatNumber(index + 1, language)}
          </span>
          <div>
            <p className="font-bold leading-snug">
              <Link href={articlePath(story.language, story.slug)} className="hover:underline">
                {story.headline}
              </Link>
            </p>
            {showViews && <p className="mt-1 font-sans text-xs text-stone-600 dark:text-stone-400">{t.views(story.views)}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
