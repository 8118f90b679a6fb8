import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { articles, type ArticleStatus } from "@/db/schema";
import { createArticle, createMedia, createSection, createUser, type Article, type ArticleOverrides, type User } from "./factories";
import type { WorkflowUser } from "@/lib/workflow/transition-article";

// Newsroom people and stories for workflow tests: a cast with every role, and
// stories that pass the publish checklist unless told otherwise.

export type Cast = { reporter: User; otherReporter: User; editor: User; admin: User; deactivated: User };

export async function createCast(db: Executor): Promise<Cast> {
  return {
    reporter: await createUser(db, { role: "reporter", name: "Sophea Chan" }),
    otherReporter: await createUser(db, { role: "reporter", name: "Rithy Nuon" }),
    editor: await createUser(db, { role: "editor", name: "Dara Keo" }),
    admin: await createUser(db, { role: "admin", name: "Vannak Lim" }),
    deactivated: await createUser(db, { role: "editor", name: "Former Editor", active: false }),
  };
}

/** The person as the session hands them to the workflow. */
export function asActor(user: User): WorkflowUser {
  return { id: user.id, name: user.name, role: user.role, active: user.active };
}

/** A story with a headline, body, section, byline and a credited, described lead image. */
export async function createReadyStory(db: Executor, author: User, overrides: ArticleOverrides = {}): Promise<Article> {
  const section = overrides.sectionId ? null : await createSection(db);
  const image = overrides.leadImageId ? null : await createMedia(db);
  return createArticle(db, {
    createdBy: author.id,
    sectionId: section?.id,
    leadImageId: image?.id,
    ...overrides,
  });
}

export async function readArticle(db: Executor, id: string): Promise<Article> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new Error(`No article ${id}`);
  return row;
}

export async function setStatus(db: Executor, id: string, status: ArticleStatus, extra: Partial<typeof articles.$inferInsert> = {}): Promise<Article> {
  const [row] = await db.update(articles).set({ status, ...extra }).where(eq(articles.id, id)).returning();
  if (!row) throw new Error(`No article ${id}`);
  return row;
}
