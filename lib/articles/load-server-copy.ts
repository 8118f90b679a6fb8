import { z } from "zod";
import type { Executor } from "@/db/client";
import type { PublicImage } from "@/lib/public/types";
import { loadArticleForReading, type ArticleActor } from "./article-access";
import type { ServerCopy } from "./article-input";
import { bodyMediaIds, loadImages } from "./editor-images";
import { serverCopyOf } from "./save-article";

export type ServerCopyResult = { ok: true; copy: ServerCopy; images: Record<string, PublicImage> } | { ok: false; error: string };

/** The story's current server copy and its images, for someone allowed to see it. */
export async function loadServerCopy(db: Executor, actor: ArticleActor, articleId: string): Promise<ServerCopyResult> {
  if (!z.uuid().safeParse(articleId).success) return { ok: false, error: "That story does not exist or you cannot see it." };
  const access = await loadArticleForReading(db, actor, articleId);
  if (!access.ok) return { ok: false, error: access.message };
  const { article } = access.value;
  const [copy, images] = await Promise.all([
    serverCopyOf(db, article),
    loadImages(db, [...(article.leadImageId ? [article.leadImageId] : []), ...bodyMediaIds(article.body)]),
  ]);
  return { ok: true, copy, images };
}
