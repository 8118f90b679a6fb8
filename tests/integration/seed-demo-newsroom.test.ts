import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articlePublications,
  articles,
  articleViewsDaily,
  corrections,
  media,
  publicationSettings,
  revisions,
  sections,
  users,
  workflowEvents,
} from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";
import { DiskMediaStorage } from "@/lib/media/storage";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";
import { parseStoryDocument } from "@/lib/rich-text/schema";
import { TRANSITIONS } from "@/lib/workflow/transitions";
import { createTestDatabase, type TestDatabase } from "../support/db";

let database: TestDatabase;
let mediaRoot: string;
let storage: DiskMediaStorage;
const now = new Date();

beforeAll(async () => {
  database = await createTestDatabase();
  mediaRoot = await fs.mkdtemp(path.join(os.tmpdir(), "masthead-seed-"));
  storage = new DiskMediaStorage(mediaRoot);
  const result = await seedDemoNewsroom(database.db, storage, { now });
  expect(result.seeded).toBe(true);
});

afterAll(async () => {
  await database?.close();
  if (mediaRoot) await fs.rm(mediaRoot, { recursive: true, force: true });
});

function nodesOf(doc: JSONContent, type: string): JSONContent[] {
  const found: JSONContent[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === type) found.push(node);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

function linksOf(doc: JSONContent): string[] {
  return nodesOf(doc, "text").flatMap((node) => (node.marks ?? []).filter((mark) => mark.type === "link").map((mark) => String(mark.attrs?.href)));
}

describe("seedDemoNewsroom", () => {
  it("sets up the publication and its sections in both languages", async () => {
    const [settings] = await database.db.select().from(publicationSettings);
    expect(settings).toMatchObject({ languages: ["en", "km"], timezone: "Asia/Phnom_Penh" });
    expect(settings?.name).toBeTruthy();
    expect(settings?.nameKm).toMatch(/[\u1780-\u17ff]/);
    expect(settings?.taglineKm).toMatch(/[\u1780-\u17ff]/);

    const sectionRows = await database.db.select().from(sections).orderBy(asc(sections.position));
    expect(sectionRows.length).toBeGreaterThanOrEqual(3);
    for (const section of sectionRows) {
      expect(section.name).toBeTruthy();
      expect(section.nameKm).toMatch(/[\u1780-\u17ff]/);
    }
  });

  it("creates the demo accounts, one per role, whose passwords work, plus more reporters with bios", async () => {
    const userRows = await database.db.select().from(users);
    for (const account of DEMO_ACCOUNTS) {
      const user = userRows.find((row) => row.email === account.email);
      expect(user, account.email).toMatchObject({ role: account.role, name: account.name, active: true });
      expect(await verifyPassword(user?.passwordHash ?? "", account.password)).toBe(true);
    }
    expect(new Set(userRows.map((user) => user.role))).toEqual(new Set(["reporter", "editor", "admin"]));
    expect(userRows.filter((user) => user.role === "reporter").length).toBeGreaterThanOrEqual(2);
    for (const user of userRows) expect(user.bio.length, user.name).toBeGreaterThan(40);
  });

  it("writes at least ten articles in both languages at every stage of the workflow", async () => {
    const rows = await database.db.select().from(articles);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.filter((row) => row.language === "en").length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((row) => row.language === "km").length).toBeGreaterThanOrEqual(4);
    const statuses = new Set(rows.map((row) => row.status));
    for (const status of ["published", "draft", "in_review", "changes_requested", "scheduled", "archived"] as const) expect(statuses).toContain(status);
    expect(rows.filter((row) => row.status === "published").length).toBeGreaterThan(rows.length / 2);

    for (const row of rows) {
      expect(() => parseStoryDocument(row.body), row.slug).not.toThrow();
      expect(row.bodyText).toBe(derivePlainText(row.body));
      expect(row.wordCount).toBe(countWords(row.bodyText, row.language));
      expect(row.wordCount, row.slug).toBeGreaterThanOrEqual(250);
      expect(row.wordCount, row.slug).toBeLessThanOrEqual(600);
      expect(row.headline && row.standfirst).toBeTruthy();
      for (const href of linksOf(row.body)) expect(href).toMatch(/^https:\/\//);
      if (row.language === "km") {
        // Written in Khmer script: most letters are Khmer, not a transliteration.
        const letters = row.bodyText.match(/\p{L}/gu) ?? [];
        const khmer = row.bodyText.match(/[\u1780-\u17ff]/gu) ?? [];
        expect(khmer.length / letters.length, row.slug).toBeGreaterThan(0.9);
      }
    }
    const bodies = rows.map((row) => row.body);
    expect(bodies.some((body) => nodesOf(body, "heading").some((heading) => heading.attrs?.level === 2))).toBe(true);
    expect(bodies.some((body) => nodesOf(body, "blockquote").length > 0)).toBe(true);
    expect(bodies.some((body) => nodesOf(body, "bulletList").length > 0)).toBe(true);
    expect(bodies.some((body) => linksOf(body).length > 0)).toBe(true);
    // Direct quotes with an editor's bracketed insertion, in both languages.
    expect(rows.some((row) => row.language === "en" && /“We \[[^\]]+\]/.test(row.bodyText))).toBe(true);
    expect(rows.some((row) => row.language === "km" && /«យើង \[[^\]]+\]/.test(row.bodyText))).toBe(true);
  });

  it("links English and Khmer editions of the same story", async () => {
    const rows = await database.db.select().from(articles);
    const groups = new Map<string, string[]>();
    for (const row of rows) groups.set(row.translationGroupId, [...(groups.get(row.translationGroupId) ?? []), row.language]);
    const pairs = [...groups.values()].filter((languages) => languages.includes("en") && languages.includes("km"));
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    const publishedPairs = [...groups.entries()].filter(([group]) => {
      const editions = rows.filter((row) => row.translationGroupId === group);
      return editions.length === 2 && editions.every((row) => row.status === "published");
    });
    expect(publishedPairs.length).toBeGreaterThanOrEqual(1);
  });

  it("publishes each published article with its content, in the last ten days, with views", async () => {
    const rows = await database.db.select().from(articles).where(eq(articles.status, "published"));
    for (const row of rows) {
      const [publication] = await database.db.select().from(articlePublications).where(eq(articlePublications.articleId, row.id));
      expect(publication, row.slug).toMatchObject({
        language: row.language,
        slug: row.slug,
        headline: row.headline,
        body: row.body,
        wordCount: row.wordCount,
        leadImageId: row.leadImageId,
        version: row.version,
      });
      // Live stories are searchable: the search fields are written with the publication.
      expect(publication?.searchHead.length, row.slug).toBeGreaterThanOrEqual(row.headline.length);
      expect(publication?.searchBody.length, row.slug).toBeGreaterThan(100);
      expect(row.firstPublishedAt?.getTime()).toBe(publication?.publishedAt.getTime());
      expect(publication?.publishedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(publication?.publishedAt.getTime()).toBeGreaterThan(now.getTime() - 11 * 86_400_000);

      const views = await database.db.select().from(articleViewsDaily).where(eq(articleViewsDaily.articleId, row.id));
      const total = views.reduce((sum, day) => sum + day.views, 0);
      expect(total, row.slug).toBeGreaterThanOrEqual(300);
      expect(total, row.slug).toBeLessThanOrEqual(2000);
    }
    // Nothing else is live: drafts, scheduled and spiked stories have no publication.
    const live = await database.db
      .select({ status: articles.status })
      .from(articlePublications)
      .innerJoin(articles, eq(articles.id, articlePublications.articleId));
    expect(live.map((row) => row.status)).toEqual(rows.map(() => "published"));
  });

  it("gives every article a lead image stored with alt text, caption, credit and responsive variants", async () => {
    const rows = await database.db.select().from(articles).innerJoin(media, eq(media.id, articles.leadImageId));
    expect(rows).toHaveLength((await database.db.select().from(articles)).length);
    for (const { articles: article, media: image } of rows) {
      expect(image.altText, article.slug).toBeTruthy();
      expect(image.caption, article.slug).toBeTruthy();
      expect(image.credit, article.slug).toBeTruthy();
      expect(image.caption).not.toBe(image.altText);
      if (article.language === "km") expect(image.caption).toMatch(/[\u1780-\u17ff]/);
      expect([image.width, image.height]).toEqual([1600, 900]);
      expect(image.variants.map((variant) => variant.width)).toEqual([480, 960, 1600]);
      const original = await storage.get(image.storageKey);
      expect((await sharp(original ?? Buffer.alloc(0)).metadata()).format).toBe("jpeg");
      for (const variant of image.variants) expect((await storage.get(variant.key))?.length).toBe(variant.bytes);
    }
  });

  it("records a workflow trail the workflow rules allow, with a note where one is required", async () => {
    const rows = await database.db.select().from(articles);
    const roles = new Map((await database.db.select().from(users)).map((user) => [user.id, user.role]));
    for (const row of rows) {
      const events = await database.db.select().from(workflowEvents).where(eq(workflowEvents.articleId, row.id)).orderBy(asc(workflowEvents.createdAt));
      expect(events[0], row.slug).toMatchObject({ fromStatus: null, toStatus: "draft", actorId: row.createdBy });
      expect(events[events.length - 1]?.toStatus, row.slug).toBe(row.status);
      for (const event of events.slice(1)) {
        const rule = TRANSITIONS.find((candidate) => candidate.to === event.toStatus && event.fromStatus !== null && candidate.from.includes(event.fromStatus));
        expect(rule, `${row.slug}: ${event.fromStatus} → ${event.toStatus}`).toBeDefined();
        expect(Object.keys(rule?.roles ?? {})).toContain(roles.get(event.actorId ?? ""));
        if (rule?.noteRequired) expect(event.note, row.slug).toBeTruthy();
      }
      if (row.status === "published") expect(events.map((event) => event.toStatus)).toEqual(["draft", "in_review", "approved", "published"]);
      if (row.status === "scheduled") expect(row.scheduledFor?.getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it("keeps one seed revision per article and two corrections on published stories", async () => {
    const rows = await database.db.select().from(articles);
    const revisionRows = await database.db.select().from(revisions);
    expect(revisionRows).toHaveLength(rows.length);
    for (const revision of revisionRows) {
      const article = rows.find((row) => row.id === revision.articleId);
      expect(revision.kind).toBe("seed");
      expect(revision.snapshot).toMatchObject({ headline: article?.headline, slug: article?.slug, leadImageId: article?.leadImageId });
    }
    const correctionRows = await database.db.select({ status: articles.status, text: corrections.text }).from(corrections).innerJoin(articles, eq(articles.id, corrections.articleId));
    expect(correctionRows).toHaveLength(2);
    expect(correctionRows.every((row) => row.status === "published" && row.text.length > 40)).toBe(true);
  });

  it("does nothing when the database already has users", async () => {
    const before = (await database.db.select().from(articles)).length;
    const files = (await fs.readdir(mediaRoot)).length;
    expect(await seedDemoNewsroom(database.db, storage)).toEqual({ seeded: false });
    expect(await database.db.select().from(articles)).toHaveLength(before);
    expect(await fs.readdir(mediaRoot)).toHaveLength(files);
  });
});
