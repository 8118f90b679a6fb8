import { cache } from "react";
import { getDb, type Database } from "@/db/client";
import type { Language } from "@/db/schema";
import { getPublicSite, listPublicSections, type PublicSite } from "./published-content";
import { getSiteUrl } from "./syndication-urls";

// What every public page shows around its content: the publication's name and
// tagline, the section bar, and its public address for metadata.

export type PublicShell = {
  language: Language;
  site: PublicSite;
  siteUrl: string;
  /** Sections with live stories in this language, in the newsroom's order, for the navigation bar. */
  sections: { slug: string; name: string }[];
};

/** Once per request (metadata and page share it). */
export const loadShell = cache(async (language: Language): Promise<{ db: Database; shell: PublicShell }> => {
  const db = await getDb();
  const [site, siteUrl, sections] = await Promise.all([getPublicSite(db, language), getSiteUrl(db), listPublicSections(db, language)]);
  return {
    db,
    shell: {
      language,
      site,
      siteUrl,
      sections: sections.filter((section) => section.liveStories > 0).map(({ slug, name }) => ({ slug, name })),
    },
  };
});
