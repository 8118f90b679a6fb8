import Link from "next/link";
import type { Language } from "@/db/schema";
import type { PublicByline } from "@/lib/public/types";
import { messagesFor } from "@/lib/i18n/messages";
import { authorPath } from "@/lib/public/syndication-urls";

/** "By Sophea Chan and Dara Keo", each name a link to the author's page, in the reader's language. */
export function Byline({ bylines, language, className = "font-sans text-sm font-semibold" }: { bylines: PublicByline[]; language: Language; className?: string }) {
  if (bylines.length === 0) return null;
  const t = messagesFor(language);
  return (
    <p className={className}>
      {t.by}{" "}
      {bylines.map((byline, index) => (
        <span key={byline.slug}>
          {index > 0 && (index === bylines.length - 1 ? ` ${t.and} ` : ", ")}
          <Link href={authorPath(language, byline.slug)} className="underline decoration-1 underline-offset-4 hover:decoration-2">
            {byline.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
