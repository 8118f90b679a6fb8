import { randomBytes } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import type { Executor } from "@/db/client";
import {
  articleBylines,
  articlePublications,
  articles,
  articleTags,
  media,
  sections,
  tags,
  users,
  type ArticleStatus,
  type Language,
  type Role,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { slugify } from "@/lib/slug";

// Rows with believable defaults for tests. Every unique column gets a random
// suffix, so a file can call a factory any number of times.

export type User = typeof users.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type ArticlePublication = typeof articlePublications.$inferSelect;

function suffix(): string {
  return randomBytes(4).toString("hex");
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

function slugWithSuffix(text: string, fallback: string): string {
  return `${slugify(text) || fallback}-${suffix()}`;
}

const PEOPLE = ["Sokha Chan", "Dara Keo", "Maly Sok", "Vannak Heng", "Sreymom Lim", "Ratha Prum"] as const;

export type UserOverrides = Partial<Omit<typeof users.$inferInsert, "passwordHash">> & {
  /** Hashed with argon2id (slow: ~0.1 s). Without it the user has no password unless passwordHash is given. */
  password?: string;
  passwordHash?: string | null;
};

export async function createUser(db: Executor, overrides: UserOverrides = {}): Promise<User> {
  const { password, ...columns } = overrides;
  const name = columns.name ?? pick(PEOPLE);
  const tag = suffix();
  const [row] = await db
    .insert(users)
    .values({
      email: `${slugify(name) || "user"}.${tag}@example.org`,
      role: "reporter" satisfies Role,
      bio: `${name} reports for the newsroom.`,
      slug: `${slugify(name) || "user"}-${tag}`,
      ...columns,
      name,
      passwordHash: password !== undefined ? await hashPassword(password) : (columns.passwordHash ?? null),
    })
    .returning();
  if (!row) throw new Error("createUser inserted no row");
  return row;
}

export async function createSection(db: Executor, overrides: Partial<typeof sections.$inferInsert> = {}): Promise<Section> {
  const name = overrides.name ?? pick(["Politics", "Business", "Environment", "Culture", "Sport"]);
  const [row] = await db
    .insert(sections)
    .values({ slug: slugWithSuffix(name, "section"), description: `Reporting on ${name.toLowerCase()}.`, ...overrides, name })
    .returning();
  if (!row) throw new Error("createSection inserted no row");
  return row;
}

export async function createTag(db: Executor, overrides: Partial<typeof tags.$inferInsert> = {}): Promise<Tag> {
  const name = overrides.name ?? pick(["Mekong", "Elections", "Garment industry", "Land rights", "Tourism"]);
  const [row] = await db.insert(tags).values({ slug: slugWithSuffix(name, "tag"), ...overrides, name }).returning();
  if (!row) throw new Error("createTag inserted no row");
  return row;
}

/** A media row only: no file is written to storage. */
export async function createMedia(db: Executor, overrides: Partial<typeof media.$inferInsert> = {}): Promise<Media> {
  const key = `test/${randomBytes(8).toString("hex")}.webp`;
  const [row] = await db
    .insert(media)
    .values({
      storageKey: key,
      mimeType: "image/webp",
      width: 1600,
      height: 1067,
      byteSize: 182_344,
      variants: [
        { width: 640, height: 427, key: key.replace(/\.webp$/, "-640.webp"), bytes: 38_210 },
        { width: 1280, height: 853, key: key.replace(/\.webp$/, "-1280.webp"), bytes: 121_904 },
      ],
      filename: "riverside-market.jpg",
      altText: "Vendors unload vegetables from a boat at a riverside market at dawn",
      caption: "Vendors unload vegetables at a riverside market.",
      credit: "Photo: Newsroom staff",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("createMedia inserted no row");
  return row;
}

const SAMPLE_TEXT: Record<Language, { headline: string; paragraphs: string[] }> = {
  en: {
    headline: "Floodwaters recede as farmers count the cost along the Mekong",
    paragraphs: [
      "Farmers in three provinces returned to their fields this week as the river fell back within its banks.",
      "Local officials said about 1,200 hectares of rice had been lost, though the figure was still being checked.",
    ],
  },
  km: {
    headline: "កសិករ​រាប់​ការ​ខូចខាត​ក្រោយ​ទឹកជំនន់​ស្រក",
    paragraphs: ["កសិករ​នៅ​ខេត្ត​បី​បាន​ត្រឡប់​ទៅ​វាល​ស្រែ​វិញ​នៅ​សប្តាហ៍​នេះ។", "មន្ត្រី​មូលដ្ឋាន​បាន​និយាយ​ថា​ស្រូវ​ប្រហែល​មួយ​ពាន់​ហិកតា​ត្រូវ​បាន​ខូចខាត។"],
  },
};

/** A Tiptap document of plain paragraphs. */
export function paragraphsDoc(paragraphs: readonly string[]): JSONContent {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

export type ArticleOverrides = Partial<Omit<typeof articles.$inferInsert, "createdBy" | "bodyText" | "wordCount">> & {
  /** Author of the working copy; a new reporter is created when omitted. */
  createdBy?: string;
  /** User ids, in byline order. Defaults to the creator. */
  bylines?: string[];
  tagIds?: string[];
};

/**
 * An article's working copy, with bodyText and wordCount derived from the body
 * as the app derives them, and a unique slug made from the headline.
 */
export async function createArticle(db: Executor, overrides: ArticleOverrides = {}): Promise<Article> {
  const { bylines, tagIds, ...columns } = overrides;
  const language = columns.language ?? "en";
  const sample = SAMPLE_TEXT[language];
  const headline = columns.headline ?? sample.headline;
  const body = columns.body ?? paragraphsDoc(sample.paragraphs);
  const bodyText = derivePlainText(body);
  const createdBy = columns.createdBy ?? (await createUser(db)).id;
  const status: ArticleStatus = columns.status ?? "draft";
  const [row] = await db
    .insert(articles)
    .values({
      standfirst: language === "en" ? "Officials say the damage is still being assessed." : "",
      firstPublishedAt: status === "published" ? new Date() : null,
      ...columns,
      language,
      headline,
      slug: columns.slug ?? slugWithSuffix(headline, "article"),
      body,
      bodyText,
      wordCount: countWords(bodyText, language),
      status,
      createdBy,
    })
    .returning();
  if (!row) throw new Error("createArticle inserted no row");
  const bylineIds = bylines ?? [createdBy];
  if (bylineIds.length > 0) {
    await db.insert(articleBylines).values(bylineIds.map((userId, position) => ({ articleId: row.id, userId, position })));
  }
  if (tagIds && tagIds.length > 0) {
    await db.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: row.id, tagId })));
  }
  return row;
}

/**
 * The article_publications row that publishing `article` as it stands would write:
 * readers then see it. The article row itself is left as it is.
 */
export async function publishArticleRow(
  db: Executor,
  article: Article,
  options: { publishedAt?: Date; publishedBy?: string | null } = {},
): Promise<ArticlePublication> {
  const publishedAt = options.publishedAt ?? article.firstPublishedAt ?? new Date();
  const [row] = await db
    .insert(articlePublications)
    .values({
      articleId: article.id,
      language: article.language,
      slug: article.slug,
      headline: article.headline,
      standfirst: article.standfirst,
      body: article.body,
      bodyText: article.bodyText,
      wordCount: article.wordCount,
      sectionId: article.sectionId,
      leadImageId: article.leadImageId,
      version: article.version,
      publishedAt,
      updatedAt: publishedAt,
      publishedBy: options.publishedBy === undefined ? article.createdBy : options.publishedBy,
    })
    .returning();
  if (!row) throw new Error("publishArticleRow inserted no row");
  return row;
}
