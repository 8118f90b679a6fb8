import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StoryEditor } from "@/components/editor/story-editor";
import { getDb } from "@/db/client";
import { loadStoryEditor } from "@/lib/articles/load-story-editor";
import { requireUser } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Metadata and page share one load per request.
const loadFor = cache(async (id: string) => {
  const user = await requireUser(`/newsroom/stories/${encodeURIComponent(id)}`);
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const loaded = await loadStoryEditor(db, user, id);
  return loaded.ok ? { user, db, ...loaded.value } : null;
});

async function load(params: Props["params"]) {
  return loadFor((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return { title: loaded ? loaded.story.draft.headline || "Untitled story" : "Story not found" };
}

/** The story editor; a story the person may not see is simply not found. */
export default async function StoryEditorPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { user, db, story, options } = loaded;
  const timeZone = await getNewsroomTimeZone(db);
  return <StoryEditor key={story.id} story={story} options={options} user={{ id: user.id, name: user.name }} timeZone={timeZone} />;
}
