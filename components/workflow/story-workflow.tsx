"use client";

import { useRouter } from "next/navigation";
import type { ArticleStatus } from "@/db/schema";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { CommentsThread } from "./comments-thread";
import { StoryEvents } from "./story-events";
import { WorkflowPanel } from "./workflow-panel";

/**
 * The workflow page's interactive part: the panel, the comments and the
 * history, outside the editor (nothing to save first, so a step is based on
 * the version the page was rendered with). After a step the page reloads its
 * server data.
 */
export function StoryWorkflow({
  articleId,
  status,
  isLive,
  version,
  actions,
}: {
  articleId: string;
  status: ArticleStatus;
  isLive: boolean;
  version: number;
  actions: WorkflowAction[];
}) {
  const router = useRouter();
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="space-y-8">
        <WorkflowPanel
          articleId={articleId}
          status={status}
          isLive={isLive}
          version={version}
          actions={actions}
          beforeTransition={async () => version}
          onTransitioned={() => router.refresh()}
        />
        <StoryEvents articleId={articleId} refreshKey={`${version}-${status}`} />
      </div>
      <CommentsThread articleId={articleId} />
    </div>
  );
}
