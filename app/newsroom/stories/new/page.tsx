import type { Metadata } from "next";
import { NewStoryForm } from "@/components/editor/new-story-form";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  await requirePermission("article.create", { path: "/newsroom/stories/new" });
  return (
    <div className="max-w-xl">
      <h1 className="mb-4 font-serif text-3xl font-bold">New story</h1>
      <NewStoryForm />
    </div>
  );
}
