import { eq } from "drizzle-orm";
import type { DatabaseHandle, Executor } from "@/db/client";
import { articlePublications, corrections, publicationSettings } from "@/db/schema";
import {
  createArticle,
  createMedia,
  createSection,
  createTag,
  createUser,
  publishArticleRow,
  type Article,
  type Media,
  type Section,
  type Tag,
  type User,
} from "./factories";

// A small live newsroom for the tests of feeds, sitemaps and the Content API:
// stories in both languages (one translated pair), two sections, two tags,
// two authors, a lead image and an image in a body, a correction, and a
// draft that must never show up.

export const SITE_URL = "https://news.example.org";
const HOUR = 60 * 60 * 1000;

export type SyndicationWorld = {
  now: Date;
  reporter: User;
  editor: User;
  environment: Section;
  politics: Section;
  mekong: Tag;
  elections: Tag;
  lead: Media;
  inline: Media;
  /** Live stories, newest first. */
  riverEn: Article;
  riverKm: Article;
  budgetKm: Article;
  electionEn: Article;
  archiveEn: Article;
  draftEn: Article;
};

export async function createSyndicationWorld(db: Executor): Promise<SyndicationWorld> {
  const now = new Date();
  await db
    .insert(publicationSettings)
    .values({ name: "The Mekong Ledger", nameKm: "កាសែតមេគង្គ", siteUrl: `${SITE_URL}/`, timezone: "Asia/Phnom_Penh" })
    .onConflictDoUpdate({ target: publicationSettings.id, set: { name: "The Mekong Ledger", nameKm: "កាសែតមេគង្គ", siteUrl: `${SITE_URL}/` } });
  const reporter = await createUser(db, { name: "Dara Keo", role: "reporter" });
  const editor = await createUser(db, { name: "Maly Sok", role: "editor" });
  const environment = await createSection(db, { name: "Environment", nameKm: "បរិស្ថាន" });
  const politics = await createSection(db, { name: "Politics", nameKm: "នយោបាយ" });
  const mekong = await createTag(db, { name: "Mekong" });
  const elections = await createTag(db, { name: "Elections" });
  const lead = await createMedia(db, { altText: "Boats on the river at dawn", caption: "Boats return at dawn.", credit: "Dara Keo" });
  const inline = await createMedia(db, { altText: "A flooded rice field", caption: "A field near Kratie.", credit: "Maly Sok" });

  const riverEn = await createArticle(db, {
    headline: "River levels fall early as dry season begins",
    standfirst: "Fishermen on the Tonle Sap say the catch is already down.",
    createdBy: reporter.id,
    sectionId: environment.id,
    leadImageId: lead.id,
    tagIds: [mekong.id],
    status: "published",
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The river fell a metre in a week, officials said." }] },
        { type: "imageFigure", attrs: { mediaId: inline.id } },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Read the " },
            { type: "text", text: "commission's report", marks: [{ type: "link", attrs: { href: "https://example.org/report" } }] },
            { type: "text", text: " <script>alert(1)</script> & more." },
          ],
        },
        { type: "pullQuote", content: [{ type: "text", text: "We have never seen it so low." }] },
        { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ" } },
      ],
    },
  });
  const riverKm = await createArticle(db, {
    language: "km",
    headline: "កម្រិតទឹកទន្លេធ្លាក់ចុះលឿន",
    createdBy: reporter.id,
    translationGroupId: riverEn.translationGroupId,
    sectionId: environment.id,
    tagIds: [mekong.id],
    status: "published",
  });
  const budgetKm = await createArticle(db, {
    language: "km",
    headline: "ថវិកាជាតិឆ្នាំក្រោយ",
    createdBy: editor.id,
    sectionId: politics.id,
    status: "published",
  });
  const electionEn = await createArticle(db, {
    headline: "Election commission names a date",
    createdBy: editor.id,
    bylines: [editor.id, reporter.id],
    sectionId: politics.id,
    tagIds: [elections.id],
    status: "published",
  });
  const archiveEn = await createArticle(db, {
    headline: "Ten years of the ferry crossing",
    createdBy: reporter.id,
    status: "published",
  });
  const draftEn = await createArticle(db, {
    headline: "Unpublished draft about the ferry",
    createdBy: reporter.id,
    sectionId: environment.id,
    tagIds: [mekong.id],
    status: "draft",
  });

  await publishArticleRow(db, riverEn, { publishedAt: new Date(now.getTime() - 1 * HOUR) });
  await publishArticleRow(db, riverKm, { publishedAt: new Date(now.getTime() - 2 * HOUR) });
  await publishArticleRow(db, budgetKm, { publishedAt: new Date(now.getTime() - 5 * HOUR) });
  await publishArticleRow(db, electionEn, { publishedAt: new Date(now.getTime() - 72 * HOUR) });
  await publishArticleRow(db, archiveEn, { publishedAt: new Date(now.getTime() - 240 * HOUR) });
  // The old story was corrected an hour ago: "since" finds it by its update.
  await db.update(articlePublications).set({ updatedAt: new Date(now.getTime() - 1 * HOUR) }).where(eq(articlePublications.articleId, archiveEn.id));
  await db.insert(corrections).values({ articleId: archiveEn.id, text: "An earlier version gave the wrong year.", createdBy: editor.id });

  return { now, reporter, editor, environment, politics, mekong, elections, lead, inline, riverEn, riverKm, budgetKm, electionEn, archiveEn, draftEn };
}

/** Makes the app's own getDb() answer with this database, so route handlers can be called directly. */
export function useDatabaseForRoutes(handle: DatabaseHandle): void {
  const holder = globalThis as typeof globalThis & { __mastheadDb?: Promise<DatabaseHandle> };
  holder.__mastheadDb = Promise.resolve(handle);
}
