import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["reporter", "editor", "admin"]);
export const languageEnum = pgEnum("language", ["en", "km"]);

// The workflow status of an article's working copy. Whether a version is live
// for readers is recorded separately in article_publications, so an editor can
// rework a published story without touching what readers see.
export const articleStatusEnum = pgEnum("article_status", [
  "draft",
  "in_review",
  "changes_requested",
  "approved",
  "scheduled",
  "published",
  "unpublished",
  "archived",
]);

export const correctionKindEnum = pgEnum("correction_kind", ["correction", "clarification"]);
export const revisionKindEnum = pgEnum("revision_kind", ["save", "workflow", "restore", "publish", "seed"]);
export const userTokenKindEnum = pgEnum("user_token_kind", ["invitation", "password_reset"]);

export const ROLES = roleEnum.enumValues;
export const LANGUAGES = languageEnum.enumValues;
export const ARTICLE_STATUSES = articleStatusEnum.enumValues;
export type Role = (typeof ROLES)[number];
export type Language = (typeof LANGUAGES)[number];
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
