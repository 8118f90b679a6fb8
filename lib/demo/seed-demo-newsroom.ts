import { randomBytes, randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import type { Database, Transaction } from "../../db/client";
import {
  articleBylines,
  articlePublications,
  articles,
  articleTags,
  articleViewsDaily,
  corrections,
  publicationSettings,
  revisions,
  sections,
  tags,
  users,
  workflowEvents,
  type ArticleStatus,
  type Language,
} from "../../db/schema";
import { hashPassword } from "../auth/password";
import { processImage, type ProcessedImage } from "../media/process-image";
import { storeProcessedImage } from "../media/store-image";
import type { MediaStorage } from "../media/storage";
import { countWords, derivePlainText } from "../rich-text/plain-text";
import { buildSearchFields } from "../search/segment";
import { slugify } from "../slug";
import type { DemoArticle } from "./demo-article-types";
import { DEMO_ARTICLES } from "./demo-articles";
import { DAY_MS, dateWords } from "./demo-dates";
import { DEMO_PUBLICATION, DEMO_SECTIONS, DEMO_TAGS, demoPeople, type DemoPerson, type DemoPersonKey, type DemoTagKey } from "./demo-newsroom-data";
import { renderDemoScene, type DemoSceneKey } from "./demo-scenes";
import { dailyViews, editionDate, planTimeline } from "./demo-timeline";

export type SeedDemoOptions = {
  /** The moment the demo is seeded around; stories are dated relative to it. Defaults to now. */
  now?: Date;
};

export type SeedDemoResult =
  | { seeded: false }
  | {
      seeded: true;
      publication: string;
      people: { name: string; email: string; role: DemoPerson["role"] }[];
      sections: number;
      tags: number;
      images: number;
      articles: { total: number; byLanguage: Record<Language, number>; byStatus: Partial<Record<ArticleStatus, number>>; translated: number };
    };

const IMAGE_CREDIT: Record<Language, string> = { en: "Illustration: Masthead demo", km: "គំនូរ៖ Masthead សាកល្បង" };

async function hasUsers(db: Database | Transaction): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

/** Dates in a story are counted from its earliest edition, so translations agree on the days they name. */
function storyAnchors(now: Date): Map<string, Date> {
  const anchors = new Map<string, Date>();
  for (const article of DEMO_ARTICLES) {
    const date = editionDate(article, now);
    const known = anchors.get(article.story);
    if (!known || date < known) anchors.set(article.story, date);
  }
  return anchors;
}

/**
 * Fills an empty database with a small bilingual newsroom to explore: the
 * publication's settings, sections, the demo accounts and two more reporters,
 * tags, and a dozen stories at every stage of the workflow, with lead images,
 * corrections, workflow history and view counts. Does nothing (and says so)
 * when the database already has users, so it can never touch a real newsroom.
 * The database work is one transaction; image files written for it are
 * removed again if it fails.
 */
export async function seedDemoNewsroom(db: Database, storage: MediaStorage, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  if (await hasUsers(db)) return { seeded: false };
  const now = options.now ?? new Date();
  const people = demoPeople();

  // The slow, CPU-bound work happens before the transaction opens, so it holds
  // the database (PGlite has a single connection) only briefly: password
  // hashing (argon2), and drawing and processing each scene once, through the
  // same processImage an upload goes through.
  const scenes = [...new Set(DEMO_ARTICLES.map((article) => article.scene))];
  const [hashes, sceneImages] = await Promise.all([
    Promise.all(people.map((person) => hashPassword(person.password ?? randomBytes(24).toString("base64url")))),
    Promise.all(scenes.map(async (scene) => [scene, await processImage(await renderDemoScene(scene), `${scene}.jpg`)] as const)),
  ]);
  const processedScenes = new Map<DemoSceneKey, ProcessedImage>(sceneImages);

  const writtenKeys: string[] = [];
  try {
    return await db.transaction(async (tx): Promise<SeedDemoResult> => {
      // Checked again inside the transaction, in case another seed got there first.
      if (await hasUsers(tx)) return { seeded: false };

      const settings = { ...DEMO_PUBLICATION, updatedAt: now };
      await tx.insert(publicationSettings).values({ id: 1, ...settings }).onConflictDoUpdate({ target: publicationSettings.id, set: settings });

      const sectionRows = await tx
        .insert(sections)
        .values(DEMO_SECTIONS.map((section, position) => ({ slug: section.key, name: section.name, nameKm: section.nameKm, description: section.description, position })))
        .returning({ id: sections.id, slug: sections.slug });
      const sectionIds = new Map(sectionRows.map((row) => [row.slug, row.id]));

      const tagEntries = Object.entries(DEMO_TAGS) as [DemoTagKey, string][];
      const tagRows = await tx
        .insert(tags)
        .values(tagEntries.map(([, name]) => ({ slug: slugify(name), name })))
        .returning({ id: tags.id, name: tags.name });
      const tagIds = new Map(tagEntries.map(([key, name]) => [key, tagRows.find((row) => row.name === name)?.id ?? ""]));

      const userRows = await tx
        .insert(users)
        .values(
          people.map((person, index) => ({
            email: person.email,
            name: person.name,
            passwordHash: hashes[index],
            role: person.role,
            bio: person.bio,
            slug: slugify(person.name),
            createdAt: new Date(now.getTime() - (240 - index * 30) * DAY_MS),
          })),
        )
        .returning({ id: users.id, email: users.email });
      const userIds = new Map<DemoPersonKey, string>(people.map((person) => [person.key, userRows.find((row) => row.email === person.email)?.id ?? ""]));
      const userId = (key: DemoPersonKey) => userIds.get(key) ?? "";

      const anchors = storyAnchors(now);
      const groupIds = new Map([...anchors.keys()].map((story) => [story, randomUUID()]));
      const rows: ArticleRows = { articles: [], bylines: [], tags: [], publications: [], events: [], revisions: [], corrections: [], views: [] };

      for (const article of DEMO_ARTICLES) {
        const text = article.write(dateWords(anchors.get(article.story) ?? now, article.language));
        const author = article.bylines[0] ?? "reporter";
        const reviewer: DemoPersonKey = author === "editor" ? "admin" : "editor";
        const processed = processedScenes.get(article.scene);
        if (!processed) throw new Error(`No image for the scene ${article.scene}`);
        // Each story gets its own media row and files, since captions differ by language.
        const image = await storeProcessedImage(tx, storage, processed, {
          filename: `${article.scene}.jpg`,
          uploadedBy: userId(author),
          altText: text.imageAlt,
          caption: text.imageCaption,
          credit: IMAGE_CREDIT[article.language],
        });
        writtenKeys.push(image.storageKey, ...image.variants.map((variant) => variant.key));
        addArticleRows(rows, { article, text, imageId: image.id, now, groupId: groupIds.get(article.story) ?? randomUUID() }, {
          sectionId: sectionIds.get(article.section) ?? null,
          tagIds: article.tags.map((key) => tagIds.get(key) ?? ""),
          tagNames: article.tags.map((key) => DEMO_TAGS[key]),
          authorId: userId(author),
          reviewerId: userId(reviewer),
          bylineIds: article.bylines.map(userId),
        });
      }

      // One statement per table, in foreign-key order (an empty list would be an invalid INSERT).
      await tx.insert(articles).values(rows.articles);
      await tx.insert(articleBylines).values(rows.bylines);
      if (rows.tags.length > 0) await tx.insert(articleTags).values(rows.tags);
      if (rows.publications.length > 0) await tx.insert(articlePublications).values(rows.publications);
      await tx.insert(workflowEvents).values(rows.events);
      await tx.insert(revisions).values(rows.revisions);
      if (rows.corrections.length > 0) await tx.insert(corrections).values(rows.corrections);
      if (rows.views.length > 0) await tx.insert(articleViewsDaily).values(rows.views);

      const count = <K extends string>(values: K[]) =>
        values.reduce<Partial<Record<K, number>>>((acc, value) => ({ ...acc, [value]: (acc[value] ?? 0) + 1 }), {});
      const byLanguage = count(DEMO_ARTICLES.map((article) => article.language));
      return {
        seeded: true,
        publication: DEMO_PUBLICATION.name,
        people: people.map(({ name, email, role }) => ({ name, email, role })),
        sections: sectionRows.length,
        tags: tagRows.length,
        images: DEMO_ARTICLES.length,
        articles: {
          total: DEMO_ARTICLES.length,
          byLanguage: { en: byLanguage.en ?? 0, km: byLanguage.km ?? 0 },
          byStatus: count(DEMO_ARTICLES.map((article) => article.status)),
          translated: [...anchors.keys()].filter((story) => DEMO_ARTICLES.filter((article) => article.story === story).length > 1).length,
        },
      };
    });
  } catch (error) {
    await Promise.allSettled(writtenKeys.map((key) => storage.delete(key)));
    throw error;
  }
}

type ArticleRows = {
  articles: (typeof articles.$inferInsert)[];
  bylines: (typeof articleBylines.$inferInsert)[];
  tags: (typeof articleTags.$inferInsert)[];
  publications: (typeof articlePublications.$inferInsert)[];
  events: (typeof workflowEvents.$inferInsert)[];
  revisions: (typeof revisions.$inferInsert)[];
  corrections: (typeof corrections.$inferInsert)[];
  views: (typeof articleViewsDaily.$inferInsert)[];
};

type ArticleInput = { article: DemoArticle; text: ReturnType<DemoArticle["write"]>; imageId: string; now: Date; groupId: string };
type ArticleLinks = { sectionId: string | null; tagIds: string[]; tagNames: string[]; authorId: string; reviewerId: string; bylineIds: string[] };

/** Every row one story needs, from its working copy to its view counts. */
function addArticleRows(rows: ArticleRows, input: ArticleInput, links: ArticleLinks): void {
  const { article, text, imageId, now } = input;
  const id = randomUUID();
  const slug = slugify(text.headline);
  const body: JSONContent = text.body;
  const bodyText = derivePlainText(body);
  const wordCount = countWords(bodyText, article.language);
  const timeline = planTimeline(article, now, text.correction !== undefined);
  const updatedAt = timeline.correctedAt ?? timeline.lastMove;
  const actor = (by: "author" | "reviewer") => (by === "author" ? links.authorId : links.reviewerId);
  const content = { headline: text.headline, standfirst: text.standfirst, slug, body, bodyText, wordCount, sectionId: links.sectionId, leadImageId: imageId };

  rows.articles.push({
    id,
    language: article.language,
    translationGroupId: input.groupId,
    ...content,
    status: article.status,
    firstPublishedAt: timeline.publishedAt,
    scheduledFor: timeline.scheduledFor,
    version: 1,
    createdBy: links.authorId,
    updatedBy: actor(timeline.events[timeline.events.length - 1]?.by ?? "author"),
    createdAt: timeline.createdAt,
    updatedAt,
  });
  links.bylineIds.forEach((userId, position) => rows.bylines.push({ articleId: id, userId, position }));
  for (const tagId of links.tagIds) rows.tags.push({ articleId: id, tagId });
  for (const event of timeline.events) {
    rows.events.push({
      articleId: id,
      actorId: actor(event.by),
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      note: event.withNote ? (text.workflowNote ?? "") : "",
      createdAt: event.at,
    });
  }
  rows.revisions.push({
    articleId: id,
    articleVersion: 1,
    kind: "seed",
    snapshot: { headline: text.headline, standfirst: text.standfirst, slug, body, sectionId: links.sectionId, leadImageId: imageId, bylineIds: links.bylineIds, tagIds: links.tagIds },
    wordCount,
    authorId: links.authorId,
    note: "Demo content",
    createdAt: updatedAt,
    updatedAt,
  });
  if (timeline.publishedAt) {
    const search = buildSearchFields({ language: article.language, headline: text.headline, standfirst: text.standfirst, bodyText, tagNames: links.tagNames });
    rows.publications.push({ articleId: id, language: article.language, ...content, ...search, version: 1, publishedAt: timeline.publishedAt, updatedAt, publishedBy: links.reviewerId });
    for (const { day, views } of dailyViews(article.views ?? 0, timeline.publishedAt, now)) rows.views.push({ articleId: id, day, views });
  }
  if (text.correction && timeline.correctedAt) {
    rows.corrections.push({ articleId: id, kind: text.correction.kind, text: text.correction.text, createdBy: links.reviewerId, createdAt: timeline.correctedAt });
  }
}
