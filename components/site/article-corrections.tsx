import type { Language } from "@/db/schema";
import { formatDate } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicCorrection } from "@/lib/public/types";

/** Corrections and clarifications at the foot of a story, oldest first, each with its date. */
export function ArticleCorrections({ corrections, language, timeZone }: { corrections: PublicCorrection[]; language: Language; timeZone: string }) {
  if (corrections.length === 0) return null;
  const t = messagesFor(language);
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-heading"
      className="mt-10 border-l-4 border-amber-700 bg-amber-50 p-4 font-sans text-sm text-stone-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="corrections-heading" className="text-base font-bold">
        {t.corrections}
      </h2>
      <ul className="mt-2 space-y-3">
        {corrections.map((correction, index) => (
          <li key={`${correction.createdAt.toISOString()}-${index}`}>
            <strong>{correction.kind === "correction" ? t.correction : t.clarification}</strong>{" "}
            <time dateTime={correction.createdAt.toISOString()}>({formatDate(correction.createdAt, language, timeZone)})</time>: {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
