import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { LANGUAGE_NAMES } from "@/components/newsroom/story-table";
import { requirePermission } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";
import { describeWait, listReviewQueue } from "@/lib/workflow/list-review-queue";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const user = await requirePermission("article.review", { path: "/newsroom/review" });
  const db = await getDb();
  const [stories, timeZone] = await Promise.all([listReviewQueue(db, user), getNewsroomTimeZone(db)]);
  const now = new Date();
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Review queue</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        Stories submitted for review, the one waiting longest first. Times are in the newsroom&rsquo;s time zone ({timeZone}).
      </p>
      {stories.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">Nothing is waiting for review.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Stories in review, longest waiting first</caption>
          <thead>
            <tr className="border-b-2 border-stone-800 dark:border-stone-300">
              <th scope="col" className="py-2 pr-4">Headline</th>
              <th scope="col" className="py-2 pr-4">Bylines</th>
              <th scope="col" className="py-2 pr-4">Section</th>
              <th scope="col" className="py-2 pr-4">Submitted</th>
              <th scope="col" className="py-2">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <tr key={story.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                <td className="py-2 pr-4">
                  <Link href={`/newsroom/stories/${story.id}/workflow`} className="font-serif text-base underline-offset-4 hover:underline" lang={story.language}>
                    {story.headline || <span className="italic text-stone-500">Untitled</span>}
                  </Link>
                  <p className="text-xs text-stone-600 dark:text-stone-400">
                    {LANGUAGE_NAMES[story.language]} · {story.wordCount.toLocaleString("en")} words{story.isLive ? " · update to a live story" : ""} ·{" "}
                    <Link href={`/newsroom/stories/${story.id}`} className="underline underline-offset-4">
                      Open in the editor
                    </Link>
                  </p>
                  {story.submissionNote && <p className="mt-1 italic">&ldquo;{story.submissionNote}&rdquo;</p>}
                </td>
                <td className="py-2 pr-4">{story.bylines.join(", ") || "—"}</td>
                <td className="py-2 pr-4">{story.sectionName ?? "—"}</td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={story.submittedAt.toISOString()}>{format.format(story.submittedAt)}</time>
                  {story.submittedByName && <p className="text-xs text-stone-600 dark:text-stone-400">by {story.submittedByName}</p>}
                </td>
                <td className="py-2 whitespace-nowrap" data-testid="waiting">
                  {describeWait(story.submittedAt, now)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
