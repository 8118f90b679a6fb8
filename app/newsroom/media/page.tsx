import type { Metadata } from "next";
import Link from "next/link";
import { MediaLibrary } from "@/components/media/media-library";
import { Pagination } from "@/components/newsroom/pagination";
import { getDb } from "@/db/client";
import { userCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listMedia } from "@/lib/media/list-media";
import { mediaSearchSchema } from "@/lib/media/media-schemas";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export const metadata: Metadata = { title: "Media" };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("media.upload", { path: "/newsroom/media" });
  const raw = await searchParams;
  const params = mediaSearchSchema.parse({ q: first(raw.q) ?? "", page: first(raw.page) ?? 1 });
  const db = await getDb();
  const [library, timeZone] = await Promise.all([listMedia(db, user, params), getNewsroomTimeZone(db)]);
  const hrefFor = (page: number) => {
    const search = new URLSearchParams();
    if (params.q) search.set("q", params.q);
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return `/newsroom/media${text ? `?${text}` : ""}`;
  };
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Media</h1>
      <p className="mb-6 max-w-3xl text-sm text-stone-600 dark:text-stone-400">
        Caption, credit and alt text set here appear wherever the image is used. A lead image needs alt text and a credit before its story can be
        published. An image that a story uses cannot be deleted: take it out of the story first.
        {userCan(user, "media.manage") ? "" : " You can change and delete the images you uploaded."}
      </p>
      <form method="get" action="/newsroom/media" role="search" aria-label="Search images" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="media-q" className="block text-xs font-bold uppercase tracking-wide text-stone-700 dark:text-stone-300">
            Caption or credit contains
          </label>
          <input
            id="media-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={200}
            className="mt-1 block w-72 rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
          />
        </div>
        <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm font-bold text-white dark:bg-stone-100 dark:text-stone-900">
          Search
        </button>
        {params.q && (
          <Link href="/newsroom/media" className="text-sm underline underline-offset-4">
            Show all images
          </Link>
        )}
      </form>
      <MediaLibrary
        items={library.items}
        timeZone={timeZone}
        emptyMessage={params.q ? `No image's caption or credit contains “${params.q}”.` : "No images yet: upload the first one above."}
      />
      <Pagination page={library.page} pageCount={library.pageCount} total={library.total} noun={library.total === 1 ? "image" : "images"} hrefFor={hrefFor} />
    </>
  );
}
