"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { compareRevisions, type RevisionComparison } from "@/lib/articles/compare-revisions";
import { listRevisions, type RevisionHistory } from "@/lib/articles/list-revisions";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { authorizeAction } from "@/lib/auth/session";

const MISSING_STORY = "That story does not exist or you cannot see it.";
const MISSING_REVISION = "That revision does not exist for this story.";

const articleIdSchema = z.uuid({ error: MISSING_STORY });
const compareSchema = z.object({
  articleId: articleIdSchema,
  fromId: z.uuid({ error: MISSING_REVISION }),
  toId: z.uuid({ error: MISSING_REVISION }),
});
const restoreSchema = z.object({
  articleId: articleIdSchema,
  revisionId: z.uuid({ error: MISSING_REVISION }),
  baseVersion: z.int({ error: "The editor did not say which version it holds: reload the story." }).min(1),
});

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "The request was not understood.";
}

export type ListRevisionsResult = { ok: true; history: RevisionHistory } | { ok: false; error: string };

/** The history panel's list: every revision of a story the person may see. */
export async function listRevisionsAction(articleId: string): Promise<ListRevisionsResult> {
  const auth = await authorizeAction("article.read.own", { type: "article", id: typeof articleId === "string" ? articleId : null });
  if (!auth.ok) return { ok: false, error: auth.error };
  const id = articleIdSchema.safeParse(articleId);
  if (!id.success) return { ok: false, error: firstIssue(id.error) };
  const result = await listRevisions(await getDb(), auth.user, id.data);
  return result.ok ? { ok: true, history: result.value } : { ok: false, error: result.message };
}

export type CompareRevisionsResult = { ok: true; comparison: RevisionComparison } | { ok: false; error: string };

/** What changed between two revisions of a story. */
export async function compareRevisionsAction(input: { articleId: string; fromId: string; toId: string }): Promise<CompareRevisionsResult> {
  const auth = await authorizeAction("article.read.own", { type: "article", id: typeof input?.articleId === "string" ? input.articleId : null });
  if (!auth.ok) return { ok: false, error: auth.error };
  const parsed = compareSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const result = await compareRevisions(await getDb(), auth.user, parsed.data);
  return result.ok ? { ok: true, comparison: result.value } : { ok: false, error: result.message };
}

export type RestoreRevisionActionResult =
  | { ok: true; version: number; notes: string[] }
  | { ok: false; error: string; conflict: boolean; currentVersion?: number };

/** Restores a revision into the working copy, from the version the editor holds. */
export async function restoreRevisionAction(input: { articleId: string; revisionId: string; baseVersion: number }): Promise<RestoreRevisionActionResult> {
  const auth = await authorizeAction("article.edit.own", { type: "article", id: typeof input?.articleId === "string" ? input.articleId : null });
  if (!auth.ok) return { ok: false, error: auth.error, conflict: false };
  const parsed = restoreSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error), conflict: false };
  const result = await restoreRevision(await getDb(), auth.user, parsed.data);
  if (result.ok) return { ok: true, version: result.version, notes: result.notes };
  if (result.status === 409) return { ok: false, error: result.message, conflict: true, currentVersion: result.currentVersion };
  return { ok: false, error: result.message, conflict: false };
}
