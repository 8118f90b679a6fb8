import Link from "next/link";
import type { DeskListRow, DeskSort } from "@/db/queries/story-desk";
import { deskSearch, defaultDirection, type DeskParams } from "@/lib/newsroom/desk-params";
import { LANGUAGE_NAMES, STATUS_NAMES } from "./story-table";

function LiveBadge({ story }: { story: DeskListRow }) {
  if (story.liveVersion === null) return null;
  const changed = story.liveVersion !== story.version;
  return (
    <span
      className={`mt-1 inline-block rounded px-1.5 py-0.5 text-xs font-bold ${
        changed ? "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50" : "bg-green-100 text-green-950 dark:bg-green-900 dark:text-green-50"
      }`}
    >
      {changed ? "Live, with unpublished changes" : "Live"}
    </span>
  );
}

function SortHeader({ sort, label, params }: { sort: DeskSort; label: string; params: DeskParams }) {
  const active = params.sort === sort;
  const nextDir = active ? (params.dir === "asc" ? "desc" : "asc") : defaultDirection(sort);
  const ariaSort = active ? (params.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" className="py-2 pr-4" aria-sort={ariaSort}>
      <Link href={`/newsroom${deskSearch(params, { sort, dir: nextDir, page: 1 })}`} className="underline-offset-4 hover:underline">
        {label}
        {active && <span aria-hidden="true">{params.dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

/** The story desk's table: one row per working copy, with its live state, people and counts. */
export function DeskTable({
  stories,
  params,
  timeZone,
  caption,
}: {
  stories: readonly DeskListRow[];
  params: DeskParams;
  timeZone: string;
  caption: string;
}) {
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  const numberFormat = new Intl.NumberFormat("en-GB");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-stone-800 dark:border-stone-300">
            <SortHeader sort="headline" label="Headline" params={params} />
            <SortHeader sort="status" label="Status" params={params} />
            <th scope="col" className="py-2 pr-4">Section</th>
            <th scope="col" className="py-2 pr-4">Bylines</th>
            <th scope="col" className="py-2 pr-4">Language</th>
            <SortHeader sort="updated" label="Last edit" params={params} />
            <SortHeader sort="created" label="Created" params={params} />
            <th scope="col" className="py-2 pr-4 text-right">Words</th>
            <th scope="col" className="py-2 text-right">Views</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((story) => (
            <tr key={story.id} className="border-b border-stone-200 align-top dark:border-stone-800" data-story-id={story.id}>
              <td className="py-2 pr-4 font-serif text-base" lang={story.language}>
                <Link href={`/newsroom/stories/${story.id}`} className="underline-offset-4 hover:underline">
                  {story.headline || <span className="italic text-stone-500">Untitled</span>}
                </Link>
              </td>
              <td className="py-2 pr-4">
                <span>{STATUS_NAMES[story.status]}</span>
                <br />
                <LiveBadge story={story} />
              </td>
              <td className="py-2 pr-4">{story.sectionName ?? <span className="text-stone-500">None</span>}</td>
              <td className="py-2 pr-4">{story.bylines.length > 0 ? story.bylines.join(", ") : <span className="text-stone-500">None</span>}</td>
              <td className="py-2 pr-4">{LANGUAGE_NAMES[story.language]}</td>
              <td className="py-2 pr-4">
                <time dateTime={story.updatedAt.toISOString()} className="whitespace-nowrap">
                  {dateFormat.format(story.updatedAt)}
                </time>
                {story.lastEditorName && <span className="block text-xs text-stone-600 dark:text-stone-400">by {story.lastEditorName}</span>}
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={story.createdAt.toISOString()}>{dateFormat.format(story.createdAt)}</time>
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{numberFormat.format(story.wordCount)}</td>
              <td className="py-2 text-right tabular-nums">{numberFormat.format(story.views)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
