import Link from "next/link";
import type { DeskStoryRow } from "@/db/queries/story-desk";
import type { ArticleStatus, Language } from "@/db/schema";

export const STATUS_NAMES: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  archived: "Spiked",
};

export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", km: "Khmer" };

export function StoryTable({
  stories,
  caption,
  timeZone,
  emptyMessage,
}: {
  stories: readonly DeskStoryRow[];
  caption: string;
  timeZone: string;
  emptyMessage: string;
}) {
  if (stories.length === 0) return <p className="text-stone-600 dark:text-stone-400">{emptyMessage}</p>;
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-stone-800 dark:border-stone-300">
          <th scope="col" className="py-2 pr-4">Headline</th>
          <th scope="col" className="py-2 pr-4">Status</th>
          <th scope="col" className="py-2 pr-4">Language</th>
          <th scope="col" className="py-2 pr-4">Author</th>
          <th scope="col" className="py-2">Updated</th>
        </tr>
      </thead>
      <tbody>
        {stories.map((story) => (
          <tr key={story.id} className="border-b border-stone-200 align-top dark:border-stone-800">
            <td className="py-2 pr-4 font-serif text-base" lang={story.language}>
              <Link href={`/newsroom/stories/${story.id}`} className="underline-offset-4 hover:underline">
                {story.headline || <span className="italic text-stone-500">Untitled</span>}
              </Link>
            </td>
            <td className="py-2 pr-4">{STATUS_NAMES[story.status]}</td>
            <td className="py-2 pr-4">{LANGUAGE_NAMES[story.language]}</td>
            <td className="py-2 pr-4">{story.authorName}</td>
            <td className="py-2 whitespace-nowrap">
              <time dateTime={story.updatedAt.toISOString()}>{format.format(story.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
