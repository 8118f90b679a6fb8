import { asc, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { corrections, users, type correctionKindEnum } from "../schema";

export type CorrectionKind = (typeof correctionKindEnum.enumValues)[number];

export type CorrectionRow = { id: string; kind: CorrectionKind; text: string; createdAt: Date; createdByName: string | null };

export async function insertCorrection(db: Executor, params: { articleId: string; kind: CorrectionKind; text: string; createdBy: string; at: Date }): Promise<CorrectionRow> {
  const [row] = await db
    .insert(corrections)
    .values({ articleId: params.articleId, kind: params.kind, text: params.text, createdBy: params.createdBy, createdAt: params.at })
    .returning({ id: corrections.id, kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt });
  if (!row) throw new Error("insertCorrection returned no row");
  return { ...row, createdByName: null };
}

/** A story's corrections, oldest first, with who wrote them (newsroom view). */
export function selectCorrectionsWithAuthors(db: Executor, params: { articleId: string }): Promise<CorrectionRow[]> {
  return db
    .select({ id: corrections.id, kind: corrections.kind, text: corrections.text, createdAt: corrections.createdAt, createdByName: users.name })
    .from(corrections)
    .leftJoin(users, eq(users.id, corrections.createdBy))
    .where(eq(corrections.articleId, params.articleId))
    .orderBy(asc(corrections.createdAt), asc(corrections.id));
}
