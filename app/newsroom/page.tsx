import type { Metadata } from "next";
import { DeskFilters } from "@/components/newsroom/desk-filters";
import { DeskTable } from "@/components/newsroom/desk-table";
import { NewStoryButton } from "@/components/newsroom/new-story-button";
import { Pagination } from "@/components/newsroom/pagination";
import { getDb } from "@/db/client";
import { userCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { deskSearch, parseDeskParams, type RawSearchParams } from "@/lib/newsroom/desk-params";
import { listDeskFilterOptions, listDeskPage } from "@/lib/newsroom/list-desk-stories";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export const metadata: Metadata = { title: "Stories" };

export default async function StoryDeskPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("article.read.own", { path: "/newsroom" });
  const params = parseDeskParams(await searchParams);
  const db = await getDb();
  const [desk, options, timeZone] = await Promise.all([listDeskPage(db, user, params), listDeskFilterOptions(db), getNewsroomTimeZone(db)]);
  const everyone = desk.scope === "all";
  const filtered = Boolean(params.q || params.status || params.section || params.author || params.language);
  const shown = { ...params, page: desk.page };
  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="mb-1 font-serif text-3xl font-bold">Stories</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {everyone ? "Every story in the newsroom." : "Stories you created or are bylined on."} Times are in the newsroom&rsquo;s time zone ({timeZone}).
          </p>
        </div>
        {userCan(user, "article.create") && <NewStoryButton />}
      </div>
      <DeskFilters params={params} sections={options.sections} authors={options.authors} />
      {desk.stories.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">
          {filtered ? "No stories match these filters." : everyone ? "There are no stories yet." : "You have no stories yet."}
        </p>
      ) : (
        <>
          <DeskTable stories={desk.stories} params={shown} timeZone={timeZone} caption={everyone ? "All stories" : "Your stories"} />
          <Pagination
            page={desk.page}
            pageCount={desk.pageCount}
            total={desk.total}
            noun={desk.total === 1 ? "story" : "stories"}
            hrefFor={(page) => `/newsroom${deskSearch(shown, { page })}`}
          />
        </>
      )}
    </>
  );
}
