import type { JSONContent } from "@tiptap/core";
import { sql } from "drizzle-orm";
import {
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { articleStatusEnum, correctionKindEnum, languageEnum, revisionKindEnum } from "./enums";
import { media } from "./media";
import { sections, tags } from "./taxonomy";
import { users } from "./users";

export type RichTextDoc = JSONContent;

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// The working copy of a story: what the newsroom edits. Readers never read this
// table; they read article_publications, which holds the live version.
export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    language: languageEnum("language").notNull(),
    // Articles sharing a group are translations of one story (one per language).
    translationGroupId: uuid("translation_group_id").notNull().defaultRandom(),
    headline: text("headline").notNull().default(""),
    standfirst: text("standfirst").notNull().default(""),
    slug: text("slug").notNull(),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    bodyText: text("body_text").notNull().default(""),
    wordCount: integer("word_count").notNull().default(0),
    status: articleStatusEnum("status").notNull().default("draft"),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "set null" }),
    leadImageId: uuid("lead_image_id").references(() => media.id, { onDelete: "restrict" }),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true }),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }),
    // Optimistic locking: every write must name the version it was based on.
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("articles_language_slug_key").on(t.language, t.slug),
    uniqueIndex("articles_translation_language_key").on(t.translationGroupId, t.language),
    index("articles_status_updated_idx").on(t.status, t.updatedAt),
    index("articles_created_by_idx").on(t.createdBy),
    index("articles_section_idx").on(t.sectionId),
    index("articles_scheduled_idx")
      .on(t.scheduledFor)
      .where(sql`${t.status} = 'scheduled'`),
  ],
);

// The live version readers see: written on publish, removed on unpublish.
export const articlePublications = pgTable(
  "article_publications",
  {
    articleId: uuid("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    language: languageEnum("language").notNull(),
    slug: text("slug").notNull(),
    headline: text("headline").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    body: jsonb("body").$type<RichTextDoc>().notNull(),
    bodyText: text("body_text").notNull().default(""),
    wordCount: integer("word_count").notNull().default(0),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "set null" }),
    leadImageId: uuid("lead_image_id").references(() => media.id, { onDelete: "restrict" }),
    // The article version this publication was made from.
    version: integer("version").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    // Search text written by the app, with Khmer already split into words by
    // ICU (PostgreSQL cannot find word boundaries in unspaced Khmer).
    searchHead: text("search_head").notNull().default(""),
    searchBody: text("search_body").notNull().default(""),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`CASE WHEN language = 'en' THEN setweight(to_tsvector('english', search_head), 'A') || setweight(to_tsvector('english', search_body), 'B') ELSE setweight(to_tsvector('simple', search_head), 'A') || setweight(to_tsvector('simple', search_body), 'B') END`,
    ),
  },
  (t) => [
    uniqueIndex("article_publications_language_slug_key").on(t.language, t.slug),
    index("article_publications_search_idx").using("gin", t.searchVector),
    index("article_publications_language_published_idx").on(t.language, t.publishedAt),
    index("article_publications_section_published_idx").on(t.sectionId, t.publishedAt),
  ],
);

export const articleBylines = pgTable(
  "article_bylines",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index("article_bylines_user_idx").on(t.userId)],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId)],
);

export type RevisionSnapshot = {
  headline: string;
  standfirst: string;
  slug: string;
  body: RichTextDoc;
  sectionId: string | null;
  leadImageId: string | null;
  bylineIds: string[];
  tagIds: string[];
};

export const revisions = pgTable(
  "revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    articleVersion: integer("article_version").notNull(),
    kind: revisionKindEnum("kind").notNull(),
    snapshot: jsonb("snapshot").$type<RevisionSnapshot>().notNull(),
    wordCount: integer("word_count").notNull().default(0),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Autosaves by one person within a few minutes update one revision; this moves with them.
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("revisions_article_idx").on(t.articleId, t.createdAt)],
);

export const workflowEvents = pgTable(
  "workflow_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    fromStatus: articleStatusEnum("from_status"),
    toStatus: articleStatusEnum("to_status").notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("workflow_events_article_idx").on(t.articleId, t.createdAt)],
);

// Kept forever, even when the story is later unpublished.
export const corrections = pgTable(
  "corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "restrict" }),
    kind: correctionKindEnum("kind").notNull().default("correction"),
    text: text("text").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("corrections_article_idx").on(t.articleId, t.createdAt)],
);

// Newsroom-only discussion; never read by the public module.
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comments_article_idx").on(t.articleId, t.createdAt)],
);

export const articleViewsDaily = pgTable(
  "article_views_daily",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_views_daily_day_idx").on(t.day)],
);

// Who has a story open in the editor right now (heartbeats; stale rows are ignored).
export const editorPresence = pgTable(
  "editor_presence",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);
