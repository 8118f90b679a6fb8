import type { ArticleActor, ArticleAccess } from "@/lib/articles/article-access";
import { userCan } from "@/lib/auth/permissions";
import { availableActions, type WorkflowAction } from "./transitions";
import { ACTION_PERMISSIONS } from "./transition-article";

/**
 * The workflow buttons to show this person on this story: the table's
 * transitions they could take now, and that their permissions allow. (The
 * server checks again when one is pressed.)
 */
export function workflowActionsFor(user: ArticleActor | null, access: Pick<ArticleAccess, "article" | "isOwn" | "isLive">): WorkflowAction[] {
  if (!user || !user.active) return [];
  return availableActions({ status: access.article.status, isLive: access.isLive, actor: { kind: "user", role: user.role, isOwnStory: access.isOwn } }).filter(
    (action) => userCan(user, ACTION_PERMISSIONS[action]),
  );
}
