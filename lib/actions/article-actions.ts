"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { createArticleDraft } from "@/lib/articles/create-article";
import { createStoryTag, type CreateStoryTagResult } from "@/lib/articles/create-story-tag";
import { authorizeAction } from "@/lib/auth/session";

export type CreateStoryState = { error: string } | null;

/** "New story": creates an empty draft in the chosen language and opens it. */
export async function createStoryAction(_previous: CreateStoryState, formData: FormData): Promise<CreateStoryState> {
  const auth = await authorizeAction("article.create", { type: "article", id: null });
  if (!auth.ok) return { error: auth.error };
  const language = formData.get("language");
  if (language !== "en" && language !== "km") return { error: "Choose the story's language: English or Khmer." };
  const result = await createArticleDraft(await getDb(), auth.user, { kind: "new", language });
  if (!result.ok) return { error: result.error };
  redirect(`/newsroom/stories/${result.id}`);
}

/** "Create Khmer/English version": an empty draft in the other language, linked to this story. */
export async function createTranslationAction(_previous: CreateStoryState, formData: FormData): Promise<CreateStoryState> {
  const sourceId = String(formData.get("articleId") ?? "");
  const auth = await authorizeAction("article.create", { type: "article", id: sourceId || null });
  if (!auth.ok) return { error: auth.error };
  const result = await createArticleDraft(await getDb(), auth.user, { kind: "translation", sourceId });
  if (!result.ok) return { error: result.error };
  redirect(`/newsroom/stories/${result.id}`);
}

export type KeepCopyResult = { ok: true; id: string } | { ok: false; error: string };

/** After a conflict: the editor's text becomes a separate draft, so nobody's work is overwritten. */
export async function keepCopyAction(sourceId: string, draft: unknown): Promise<KeepCopyResult> {
  const auth = await authorizeAction("article.create", { type: "article", id: typeof sourceId === "string" ? sourceId : null });
  if (!auth.ok) return { ok: false, error: auth.error };
  const result = await createArticleDraft(await getDb(), auth.user, { kind: "copy", sourceId: String(sourceId), draft });
  return result.ok ? { ok: true, id: result.id } : { ok: false, error: result.error };
}

/** Finds or creates a tag from the story editor (anyone who may edit the story). */
export async function createTagAction(articleId: string, name: string): Promise<CreateStoryTagResult> {
  const auth = await authorizeAction("article.edit.own", { type: "article", id: typeof articleId === "string" ? articleId : null });
  if (!auth.ok) return { ok: false, error: auth.error };
  return createStoryTag(await getDb(), auth.user, { articleId: String(articleId), name });
}
