import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { loadArticleForReading } from "@/lib/articles/article-access";
import { requireUser } from "@/lib/auth/session";
import { previewPath } from "@/lib/articles/preview-path";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const dynamic = "force-dynamic";

/**
 * The editor's "Preview" link. The preview itself lives in the public site's
 * layout (app/(en)/preview, app/km/preview), so it renders exactly as readers would see the
 * story, header and footer included; this sends the person there after
 * checking they may see the story.
 */
export default async function StoryPreviewRedirect({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/newsroom/stories/${encodeURIComponent(id)}/preview`);
  if (!UUID.test(id)) notFound();
  const access = await loadArticleForReading(await getDb(), user, id);
  if (!access.ok) notFound();
  redirect(previewPath(access.value.article.language, id));
}
