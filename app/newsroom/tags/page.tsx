import type { Metadata } from "next";
import { MergeTagsForm } from "@/components/newsroom/tags/merge-tags-form";
import { RenameTagForm } from "@/components/newsroom/tags/rename-tag-form";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listTagsForManagement } from "@/lib/taxonomy/list-tags";

export const metadata: Metadata = { title: "Tags" };

// Tags are named in either language; Khmer ones are marked so screen readers and fonts treat them as Khmer.
function languageOf(text: string): "km" | undefined {
  return /[\u1780-\u17ff]/.test(text) ? "km" : undefined;
}

export default async function TagsPage() {
  const viewer = await requirePermission("tag.manage", { path: "/newsroom/tags" });
  const tags = await listTagsForManagement(await getDb(), viewer);
  const options = tags.map(({ id, name, slug, usage }) => ({ id, name, slug, usage }));
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Tags</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        Tags are added to stories in the editor. Here they are renamed, and duplicates merged.
      </p>
      {tags.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">There are no tags yet.</p>
      ) : (
        <>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Tags with the number of stories carrying each</caption>
            <thead>
              <tr className="border-b-2 border-stone-800 dark:border-stone-300">
                <th scope="col" className="py-2 pr-4">Tag</th>
                <th scope="col" className="py-2 pr-4">Slug</th>
                <th scope="col" className="py-2 pr-4 text-right">Stories</th>
                <th scope="col" className="py-2">Rename</th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <tr key={tag.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <td className="py-2 pr-4 font-bold" lang={languageOf(tag.name)}>
                    {tag.name}
                  </td>
                  <td className="py-2 pr-4" lang={languageOf(tag.slug)}>
                    {tag.slug}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{tag.usage.toLocaleString("en")}</td>
                  <td className="py-2">
                    <details>
                      <summary className="cursor-pointer underline underline-offset-4">Rename {tag.name}</summary>
                      <RenameTagForm tag={tag} />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tags.length > 1 && (
            <section aria-labelledby="merge-heading" className="mt-12 space-y-4">
              <h2 id="merge-heading" className="font-serif text-xl font-bold">
                Merge two tags
              </h2>
              <MergeTagsForm tags={options} />
            </section>
          )}
        </>
      )}
    </>
  );
}
