import type { Database } from "@/db/client";
import { insertCorrection, type CorrectionRow } from "@/db/queries/corrections";
import { selectArticleForUpdate, selectLivePublication, touchPublicationUpdatedAt } from "@/db/queries/workflow";
import { loadArticleForReading } from "@/lib/articles/article-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { userCan } from "@/lib/auth/permissions";
import { recordAuthorizationDenied } from "@/lib/auth/record-authorization-denied";
import type { PublicChange } from "@/lib/workflow/unsafe-apply-transition";
import type { WorkflowUser } from "@/lib/workflow/transition-article";
import type { CorrectionInput } from "./correction-schemas";

export type AddCorrectionResult =
  | { ok: true; correction: CorrectionRow; publicChange: PublicChange }
  | { ok: false; code: "signed-out" | "forbidden" | "not-found" | "not-live"; message: string };

/**
 * Adds a dated correction or clarification to a live story: readers see it at
 * the foot of the article and in its structured data, and the article's
 * "updated" time moves. Corrections are never edited or deleted, and they
 * outlive an unpublication. Only people with article.correct (editors, admins).
 */
export async function addCorrection(db: Database, user: WorkflowUser | null, input: CorrectionInput, options: { now?: Date } = {}): Promise<AddCorrectionResult> {
  if (!user) return { ok: false, code: "signed-out", message: "Sign in to add a correction." };
  const deny = async (message: string, code: "forbidden" | "not-found" = "forbidden") => {
    await recordAuthorizationDenied(db, {
      actorId: user.id,
      role: user.active ? user.role : null,
      permission: "article.correct",
      target: { type: "article", id: input.articleId },
      reason: user.active ? "forbidden" : "deactivated",
    });
    return { ok: false, code, message } as const;
  };
  if (!user.active) return deny("This account is deactivated: it cannot add corrections.");
  if (!userCan(user, "article.correct")) return deny(`You don't have permission to add corrections (your role: ${user.role}).`);
  const now = options.now ?? new Date();
  return db.transaction(async (tx): Promise<AddCorrectionResult> => {
    // The lock keeps an unpublication from slipping in between the check and the write.
    const locked = await selectArticleForUpdate(tx, { articleId: input.articleId });
    const access = locked ? await loadArticleForReading(tx, user, input.articleId) : null;
    if (!access || !access.ok) return { ok: false, code: "not-found", message: "That story does not exist or you cannot see it." };
    const live = await selectLivePublication(tx, { articleId: input.articleId });
    if (!live) return { ok: false, code: "not-live", message: "Corrections go on live stories: this story is not published." };
    const correction = await insertCorrection(tx, { articleId: input.articleId, kind: input.kind, text: input.text, createdBy: user.id, at: now });
    await touchPublicationUpdatedAt(tx, { articleId: input.articleId, at: now });
    await recordAudit(tx, {
      actorId: user.id,
      action: "article.correct",
      targetType: "article",
      targetId: input.articleId,
      note: input.text,
      details: { kind: input.kind, correctionId: correction.id, slug: live.slug, language: live.language },
    });
    return { ok: true, correction: { ...correction, createdByName: user.name }, publicChange: { language: live.language, slug: live.slug, previousSlug: null } };
  });
}
