import type { Metadata } from "next";
import { CreateSectionForm } from "@/components/newsroom/sections/create-section-form";
import { SectionRow } from "@/components/newsroom/sections/section-row";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listSectionsForManagement } from "@/lib/taxonomy/list-sections";

export const metadata: Metadata = { title: "Sections" };

export default async function SectionsPage() {
  const viewer = await requirePermission("section.manage", { path: "/newsroom/sections" });
  const sections = await listSectionsForManagement(await getDb(), viewer);
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Sections</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        The sections of the public site, in the order readers see them. A section can be deleted once no story is filed in it.
      </p>
      <section aria-labelledby="order-heading">
        <h2 id="order-heading" className="sr-only">
          Sections in order
        </h2>
        {sections.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">There are no sections yet.</p>
        ) : (
          <ol className="border-t border-stone-800 dark:border-stone-300">
            {sections.map((section, index) => (
              <SectionRow key={section.id} section={section} index={index} total={sections.length} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="new-section-heading" className="mt-12 space-y-4">
        <h2 id="new-section-heading" className="font-serif text-xl font-bold">
          New section
        </h2>
        <CreateSectionForm />
      </section>
    </>
  );
}
