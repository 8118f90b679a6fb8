import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_STATUSES } from "@/db/schema";
import { checkCanEditArticle, loadArticleForReading, type ArticleActor } from "@/lib/articles/article-access";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createUser, publishArticleRow } from "../support/factories";

let t: TestDatabase;
let author: ArticleActor;
let cowriter: ArticleActor;
let other: ArticleActor;
let editor: ArticleActor;
let admin: ArticleActor;
let deactivated: ArticleActor;

beforeAll(async () => {
  t = await createTestDatabase();
  author = await createUser(t.db, { role: "reporter" });
  cowriter = await createUser(t.db, { role: "reporter" });
  other = await createUser(t.db, { role: "reporter" });
  editor = await createUser(t.db, { role: "editor" });
  admin = await createUser(t.db, { role: "admin" });
  deactivated = await createUser(t.db, { role: "editor", active: false });
});
afterAll(() => t?.close());

describe("story access", () => {
  it("shows a story to its author, its bylined reporters, editors and admins only", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, bylines: [author.id, cowriter.id] });
    for (const [who, user, expected] of [
      ["author", author, true],
      ["co-writer", cowriter, true],
      ["another reporter", other, false],
      ["editor", editor, true],
      ["admin", admin, true],
      ["deactivated editor", deactivated, false],
      ["anonymous", null, false],
    ] as const) {
      const result = await loadArticleForReading(t.db, user, article.id);
      expect(result.ok, who).toBe(expected);
      if (!result.ok) expect(result.status, who).toBe(404);
    }
  });

  it("reports a missing story as missing", async () => {
    const result = await loadArticleForReading(t.db, editor, "00000000-0000-4000-8000-000000000000");
    expect(result).toMatchObject({ ok: false, status: 404 });
  });

  it("lets reporters edit their own stories only in draft or changes requested; editors any unspiked story", async () => {
    for (const status of ARTICLE_STATUSES) {
      const article = await createArticle(t.db, { createdBy: author.id, status });
      if (status === "published") await publishArticleRow(t.db, article);
      const forAuthor = await loadArticleForReading(t.db, author, article.id);
      const forEditor = await loadArticleForReading(t.db, editor, article.id);
      if (!forAuthor.ok || !forEditor.ok) throw new Error("fixture not readable");
      expect(checkCanEditArticle(author, forAuthor.value).ok, `reporter, ${status}`).toBe(status === "draft" || status === "changes_requested");
      expect(checkCanEditArticle(editor, forEditor.value).ok, `editor, ${status}`).toBe(status !== "archived");
      expect(forEditor.value.isLive).toBe(status === "published");
    }
  });

  it("explains why a reporter cannot edit a published story", async () => {
    const article = await createArticle(t.db, { createdBy: author.id, status: "published" });
    const access = await loadArticleForReading(t.db, author, article.id);
    if (!access.ok) throw new Error("fixture not readable");
    expect(checkCanEditArticle(author, access.value)).toEqual({
      ok: false,
      message: "This story has been published: start a revision to change it; it goes through review again.",
    });
  });
});
