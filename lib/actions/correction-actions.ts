"use server";

import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { addCorrection } from "@/lib/corrections/add-correction";
import { correctionInputSchema } from "@/lib/corrections/correction-schemas";
import { failure, formText, withValues, zodFailure, type Failure } from "@/lib/forms/form-state";
import { revalidatePublicArticle } from "@/lib/public/revalidate";

export type CorrectionField = "kind" | "text";
export type CorrectionFormState = { ok: true; message: string } | Failure<CorrectionField>;

/** The correction form: adds a dated correction or clarification to a live story and rebuilds its public page. */
export async function addCorrectionAction(_previous: CorrectionFormState | null, formData: FormData): Promise<CorrectionFormState> {
  const articleId = formText(formData, "articleId");
  const values = { kind: formText(formData, "kind"), text: formText(formData, "text") };
  const auth = await authorizeAction("article.correct", { type: "article", id: articleId ?? null });
  if (!auth.ok) return withValues(failure(auth.error), values);
  const parsed = correctionInputSchema.safeParse({ articleId, ...values });
  if (!parsed.success) return withValues(zodFailure(parsed.error, ["kind", "text"] as const), values);
  const result = await addCorrection(await getDb(), auth.user, parsed.data);
  if (!result.ok) return withValues(failure(result.message), values);
  revalidatePublicArticle(result.publicChange);
  return { ok: true, message: `${parsed.data.kind === "correction" ? "Correction" : "Clarification"} added: readers see it at the foot of the story.` };
}
