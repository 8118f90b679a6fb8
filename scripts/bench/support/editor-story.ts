import type { JSONContent } from "@tiptap/core";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Database } from "@/db/client";
import { articleBylines, articles, sections, users } from "@/db/schema";
import { recordRevision } from "@/lib/articles/record-revision";
import type { MediaStorage } from "@/lib/media/storage";
import { storeImage } from "@/lib/media/store-image";
import { countWords, derivePlainText } from "@/lib/rich-text/plain-text";

// The benchmark's story: 20,000 words in paragraphs, with subheadings, a
// block quote now and then and 30 images from the media library spread
// through it, written by the demo reporter. Generated from a fixed seed, so
// every run measures the same document.

const VOCABULARY = (
  "the river farmers province rice harvest council minister market price water flood season village road bridge school " +
  "teacher health clinic report budget court land dispute fishermen lake boat garment factory workers wages union " +
  "election commission vote party officials said told reporters on Monday according to documents seen by journalists " +
  "community leaders families children monsoon drought dam upstream downstream forest timber concession company " +
  "investment loan debt microfinance household income survey data percent million riel dollars per year since"
).split(" ");

/** A small deterministic generator (mulberry32), so the story is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string);
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, words: { count: number }): JSONContent {
  const sentences: string[] = [];
  const target = 50 + Math.floor(next() * 60);
  let used = 0;
  while (used < target) {
    const text = sentence(next);
    sentences.push(text);
    used += text.split(" ").length;
  }
  words.count += used;
  return { type: "paragraph", content: [{ type: "text", text: sentences.join(" ") }] };
}

/** A Tiptap document of about `wordTarget` words with the given images spread evenly through it. */
export function generateStoryBody(wordTarget: number, imageIds: readonly string[], seed = 20_260_301): JSONContent {
  const next = random(seed);
  const words = { count: 0 };
  const blocks: JSONContent[] = [];
  let paragraphs = 0;
  while (words.count < wordTarget) {
    if (paragraphs > 0 && paragraphs % 12 === 0) {
      blocks.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: sentence(next).slice(0, 60) }] });
    }
    if (paragraphs > 0 && paragraphs % 25 === 7) {
      blocks.push({ type: "blockquote", content: [paragraph(next, words)] });
    } else {
      blocks.push(paragraph(next, words));
    }
    paragraphs++;
  }
  // Images go in at even intervals, between paragraphs.
  const step = Math.max(1, Math.floor(blocks.length / (imageIds.length + 1)));
  const withImages: JSONContent[] = [];
  let placed = 0;
  blocks.forEach((block, index) => {
    withImages.push(block);
    if (placed < imageIds.length && (index + 1) % step === 0) {
      withImages.push({ type: "imageFigure", attrs: { mediaId: imageIds[placed] } });
      placed++;
    }
  });
  for (; placed < imageIds.length; placed++) withImages.push({ type: "imageFigure", attrs: { mediaId: imageIds[placed] } });
  return { type: "doc", content: withImages };
}

/** A distinct 1600 × 1000 photo-like picture: a gradient sky, a horizon and a sun. */
async function benchPicture(index: number): Promise<Buffer> {
  const hue = (index * 37) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,35%)"/></linearGradient></defs>` +
    `<rect width="1600" height="1000" fill="url(#g)"/>` +
    `<rect y="${600 + (index % 5) * 30}" width="1600" height="400" fill="hsl(${(hue + 180) % 360},30%,25%)"/>` +
    `<circle cx="${200 + index * 40}" cy="${250 + (index % 3) * 60}" r="90" fill="hsl(45,90%,65%)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export type BenchStory = { id: string; reporterEmail: string; body: JSONContent; wordCount: number; draft: Record<string, unknown> };

/**
 * Stores 30 images through the real upload path (processImage: re-encoded,
 * responsive variants) and writes the 20,000-word story as the demo
 * reporter's draft, with one revision, as a story created in the editor has.
 */
export async function seedBenchStory(
  db: Database,
  storage: MediaStorage,
  options: { reporterEmail: string; words?: number; images?: number },
): Promise<BenchStory> {
  const [reporter] = await db.select().from(users).where(eq(users.email, options.reporterEmail)).limit(1);
  if (!reporter) throw new Error(`No user ${options.reporterEmail}: seed the demo newsroom first`);
  const [section] = await db.select().from(sections).limit(1);

  const imageIds: string[] = [];
  for (let index = 0; index < (options.images ?? 30); index++) {
    const stored = await storeImage(db, storage, {
      buffer: await benchPicture(index),
      filename: `bench-${String(index + 1).padStart(2, "0")}.jpg`,
      uploadedBy: reporter.id,
      caption: `Benchmark picture ${index + 1}`,
      credit: "Photo: Masthead benchmark",
      altText: `A generated landscape, number ${index + 1}`,
    });
    imageIds.push(stored.id);
  }

  const body = generateStoryBody(options.words ?? 20_000, imageIds);
  const bodyText = derivePlainText(body);
  const wordCount = countWords(bodyText, "en");
  const headline = "Benchmark: a very long investigation along the Mekong";
  const slug = `benchmark-long-investigation-${Date.now().toString(36)}`;
  const standfirst = "Twenty thousand words and thirty pictures, to see how the editor copes with the longest stories.";
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(articles)
      .values({
        language: "en",
        headline,
        standfirst,
        slug,
        body,
        bodyText,
        wordCount,
        status: "draft",
        sectionId: section?.id ?? null,
        leadImageId: imageIds[0] ?? null,
        createdBy: reporter.id,
        updatedBy: reporter.id,
      })
      .returning({ id: articles.id });
    if (!row) throw new Error("the benchmark story was not inserted");
    await tx.insert(articleBylines).values({ articleId: row.id, userId: reporter.id, position: 0 });
    await recordRevision(tx, { articleId: row.id, authorId: reporter.id, kind: "save" });
    return row.id;
  });
  const draft = {
    headline,
    standfirst,
    slug,
    language: "en",
    sectionId: section?.id ?? null,
    leadImageId: imageIds[0] ?? null,
    bylineIds: [reporter.id],
    tagIds: [],
    body,
  };
  return { id, reporterEmail: options.reporterEmail, body, wordCount, draft };
}
