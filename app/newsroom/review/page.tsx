import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { StoryTable } from "@/components/newsroom/story-table";
import { requirePermission } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/newsroom/list-desk-stories";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const user = await requirePermission("article.review", { path: "/newsroom/review" });
  const db = await getDb();
  const [stories, timeZone] = await Promise.all([listReviewQueue(db, user), getNewsroomTimeZone(db)]);
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Review queue</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">Stories submitted for review, the longest-waiting first.</p>
      <StoryTable stories={stories} caption="Stories in review" timeZone={timeZone} emptyMessage="Nothing is waiting for review." />
    </>
  );
}
