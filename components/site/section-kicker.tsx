import Link from "next/link";
import type { Language } from "@/db/schema";
import type { PublicSection } from "@/lib/public/types";
import { sectionPath } from "@/lib/public/syndication-urls";

/** The small section label above a headline, linking to the section. */
export function SectionKicker({ section, language }: { section: PublicSection; language: Language }) {
  return (
    <p className="font-sans text-xs font-bold tracking-wider text-red-800 uppercase dark:text-red-300">
      <Link href={sectionPath(language, section.slug)} className="inline-block leading-6 hover:underline">
        {section.name}
      </Link>
    </p>
  );
}
