"use client";

import Link from "next/link";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/forms/form-feedback";
import type { Language } from "@/db/schema";
import { createTranslationAction } from "@/lib/actions/article-actions";

const NAMES: Record<Language, string> = { en: "English", km: "Khmer" };

/** The other-language version of the story, or a button to start one (a linked draft). */
export function TranslationLink({
  articleId,
  language,
  translation,
  canCreate,
}: {
  articleId: string;
  language: Language;
  translation: { id: string; language: Language; headline: string } | null;
  canCreate: boolean;
}) {
  const [state, formAction, pending] = useActionState(createTranslationAction, null);
  const other: Language = language === "en" ? "km" : "en";
  if (translation) {
    return (
      <p className="text-sm">
        {NAMES[translation.language]} version:{" "}
        <Link href={`/newsroom/stories/${translation.id}`} lang={translation.language} className="underline">
          {translation.headline || "(no headline yet)"}
        </Link>
      </p>
    );
  }
  if (!canCreate) return <p className="text-sm text-stone-600 dark:text-stone-400">No {NAMES[other]} version yet.</p>;
  return (
    <form action={formAction}>
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {pending ? "Creating…" : `Create ${NAMES[other]} version`}
      </button>
      {state?.error && (
        <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-300">
          {state.error}
        </p>
      )}
    </form>
  );
}
