"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { deleteMedia } from "@/lib/media/delete-media";
import { findMediaUsage, type MediaUsage } from "@/lib/media/find-media-usage";
import { listMedia, type MediaPage } from "@/lib/media/list-media";
import type { MediaItem } from "@/lib/media/media-item";
import { mediaDetailsSchema, mediaIdSchema, mediaSearchSchema } from "@/lib/media/media-schemas";
import { getMediaStorage } from "@/lib/media/storage";
import { updateMediaDetails } from "@/lib/media/update-media-details";
import { revalidatePublicArticle } from "@/lib/public/revalidate";

export type MediaDetailsField = "altText" | "caption" | "credit";

export type MediaDetailsFormState =
  | { status: "idle" }
  | { status: "saved"; message: string; item: MediaItem }
  | { status: "error"; message: string; fieldErrors: Partial<Record<MediaDetailsField, string[]>>; values: Partial<Record<MediaDetailsField, string>> };

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The library's edit form: caption, credit and alt text of one image. */
export async function updateMediaDetailsAction(_previous: MediaDetailsFormState, formData: FormData): Promise<MediaDetailsFormState> {
  const values = { altText: text(formData, "altText"), caption: text(formData, "caption"), credit: text(formData, "credit") };
  const fail = (message: string, fieldErrors: Partial<Record<MediaDetailsField, string[]>> = {}): MediaDetailsFormState => ({
    status: "error",
    message,
    fieldErrors,
    values,
  });
  const auth = await authorizeAction("media.upload", { type: "media", id: text(formData, "id") || null });
  if (!auth.ok) return fail(auth.error);

  const parsed = mediaDetailsSchema.safeParse({ id: text(formData, "id"), ...values });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<MediaDetailsField, string[]>> = {};
    const messages: string[] = [];
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "altText" || field === "caption" || field === "credit") (fieldErrors[field] ??= []).push(issue.message);
      messages.push(issue.message);
    }
    return fail(messages.join(" "), fieldErrors);
  }

  const db = await getDb();
  const result = await updateMediaDetails(db, auth.user, parsed.data);
  if (!result.ok) return fail(result.message);
  // Caption, credit and alt text show wherever the image appears, live pages included.
  for (const story of result.value.usage) {
    if (story.live && story.liveSlug) revalidatePublicArticle({ language: story.language, slug: story.liveSlug });
  }
  revalidatePath("/newsroom/media");
  return { status: "saved", message: `Saved the details of ${result.value.item.filename || "the image"}.`, item: result.value.item };
}

export type MediaUsageResult = { ok: true; usage: MediaUsage[] } | { ok: false; error: string };

/** The stories that use an image, asked before offering to delete it. */
export async function mediaUsageAction(mediaId: string): Promise<MediaUsageResult> {
  const auth = await authorizeAction("media.upload", { type: "media", id: typeof mediaId === "string" ? mediaId : null });
  if (!auth.ok) return { ok: false, error: auth.error };
  const id = mediaIdSchema.safeParse(mediaId);
  if (!id.success) return { ok: false, error: "That image does not exist." };
  return { ok: true, usage: await findMediaUsage(await getDb(), id.data) };
}

export type DeleteMediaActionResult = { ok: true; message: string } | { ok: false; error: string; usage: MediaUsage[] };

/** Deletes an image no story uses; an image in use is refused, naming the stories. */
export async function deleteMediaAction(mediaId: string): Promise<DeleteMediaActionResult> {
  const auth = await authorizeAction("media.upload", { type: "media", id: typeof mediaId === "string" ? mediaId : null });
  if (!auth.ok) return { ok: false, error: auth.error, usage: [] };
  const id = mediaIdSchema.safeParse(mediaId);
  if (!id.success) return { ok: false, error: "That image does not exist.", usage: [] };
  const result = await deleteMedia(await getDb(), getMediaStorage(), auth.user, id.data);
  if (!result.ok) return { ok: false, error: result.message, usage: "usage" in result ? result.usage : [] };
  revalidatePath("/newsroom/media");
  return { ok: true, message: `Deleted ${result.filename || "the image"}.` };
}

export type SearchMediaResult = ({ ok: true } & MediaPage) | { ok: false; error: string };

/** A page of the library for the media picker. */
export async function searchMediaAction(query: { q?: unknown; page?: unknown }): Promise<SearchMediaResult> {
  const auth = await authorizeAction("media.upload", { type: "media", id: null });
  if (!auth.ok) return { ok: false, error: auth.error };
  const params = mediaSearchSchema.parse({ q: query?.q ?? "", page: query?.page ?? 1 });
  return { ok: true, ...(await listMedia(await getDb(), auth.user, { ...params, pageSize: 12 })) };
}
