import Link from "next/link";
import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import { tagPath } from "@/lib/public/syndication-urls";
import type { PublicTag } from "@/lib/public/types";

export function TagList({ tags, language }: { tags: PublicTag[]; language: Language }) {
  if (tags.length === 0) return null;
  const t = messagesFor(language);
  return (
    <section aria-labelledby="tags-heading" className="mt-8 font-sans text-sm">
      <h2 id="tags-heading" className="font-bold">
        {t.tags}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tagPath(language, tag.slug)} className="tag-chip">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
