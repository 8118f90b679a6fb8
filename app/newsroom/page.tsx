import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { StoryTable } from "@/components/newsroom/story-table";
import { userCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listDeskStories } from "@/lib/newsroom/list-desk-stories";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export const metadata: Metadata = { title: "Stories" };

export default async function StoryDeskPage() {
  const user = await requirePermission("article.read.own", { path: "/newsroom" });
  const db = await getDb();
  const [stories, timeZone] = await Promise.all([listDeskStories(db, user), getNewsroomTimeZone(db)]);
  const everyone = userCan(user, "article.read.any");
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Stories</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        {everyone ? "Every story in the newsroom, most recently changed first." : "Stories you created or are bylined on, most recently changed first."}
      </p>
      <StoryTable
        stories={stories}
        caption={everyone ? "All stories" : "Your stories"}
        timeZone={timeZone}
        emptyMessage={everyone ? "There are no stories yet." : "You have no stories yet."}
      />
    </>
  );
}
