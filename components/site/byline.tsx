import type { Language } from "@/db/schema";
import type { PublicByline } from "@/lib/public/types";
import { messagesFor } from "@/lib/i18n/messages";

/** "By Sophea Chan and Dara Keo", in the reader's language. */
export function Byline({ bylines, language }: { bylines: PublicByline[]; language: Language }) {
  if (bylines.length === 0) return null;
  const t = messagesFor(language);
  return (
    <p className="font-sans text-sm font-semibold">
      {t.by}{" "}
      {bylines.map((byline, index) => (
        <span key={byline.slug}>
          {index > 0 && (index === bylines.length - 1 ? ` ${t.and} ` : ", ")}
          <span>{byline.name}</span>
        </span>
      ))}
    </p>
  );
}
