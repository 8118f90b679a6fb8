import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPgliteDatabase, openPostgresDatabase, type Database, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { searchPublishedStories } from "@/lib/public/search";
import { articlePublications, articles, users, type Language } from "@/db/schema";
import { DEMO_ARTICLES } from "@/lib/demo/demo-articles";
import { dateWords } from "@/lib/demo/demo-dates";
import { derivePlainText } from "@/lib/rich-text/plain-text";
import { buildSearchFields, segmentForSearch } from "@/lib/search/segment";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "@/tests/support/postgres-admin";
import { rowsOf } from "@/db/rows";

// npm run bench:search — 100,000 generated live stories (a third in Khmer),
// then 50 searches for rare and common words in both languages, timed one by
// one after a warm-up pass, through the site's search (searchPublishedStories,
// what the search page calls). Prints p50 and p95 for each kind of query.
// Stories are made from the demo newsroom's own vocabulary with a Zipf
// distribution (a few words very common, most rare); Khmer text is written
// without spaces between words and segmented by ICU on the way in, as
// publishing does.
//
// Environment: DATABASE_URL (a fresh database on that server, dropped after),
// else PGlite in a temp folder. BENCH_STORIES overrides the 100,000;
// BENCH_KEEP=1 keeps the database for a closer look (EXPLAIN) afterwards.

const STORIES = Number(process.env.BENCH_STORIES) || 100_000;
const BATCH = 500;
const KHMER_SHARE = 1 / 3;
const ENGLISH_RARE = ["quinoa", "zeppelin", "xylophone", "narwhal", "obsidian", "kumquat", "gazebo", "marzipan", "tapestry", "sarcophagus"];

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

// A small deterministic generator (mulberry32), so runs are comparable.
let seed = 20261125;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** Words of the demo stories in one language, most frequent first. */
function vocabulary(language: Language): string[] {
  const counts = new Map<string, number>();
  for (const story of DEMO_ARTICLES.filter((a) => a.language === language)) {
    const text = story.write(dateWords(new Date(), language));
    const plain = `${text.headline} ${text.standfirst} ${derivePlainText(text.body)}`;
    const words =
      language === "km"
        ? segmentForSearch(plain).split(/\s+/)
        : plain.toLowerCase().split(/[^a-z]+/);
    for (const word of words) {
      if (language === "en" ? word.length < 3 : !/[\u1780-\u17ff]/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** Zipf-like pick: index ~ 1/(rank+1). */
function pick(words: string[]): string {
  const index = Math.floor(Math.pow(words.length + 1, random())) - 1;
  return words[Math.min(Math.max(index, 0), words.length - 1)]!;
}

function sentence(words: string[], length: number, language: Language, rare: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(rare.length && random() < 0.00005 ? rare[Math.floor(random() * rare.length)]! : pick(words));
  if (language === "en") return out.join(" ");
  // Khmer runs words together and puts a space between phrases.
  const phrases: string[] = [];
  for (let i = 0; i < out.length; i += 7) phrases.push(out.slice(i, i + 7).join(""));
  return phrases.join(" ");
}

async function openBenchDatabase(): Promise<{ handle: DatabaseHandle; where: string; remove(): Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const name = uniqueDatabaseName("masthead_bench_search");
    await createDatabase(server, name);
    const handle = openPostgresDatabase(databaseUrlFor(server, name), { max: 4 });
    return { handle, where: `PostgreSQL (${name})`, remove: () => dropDatabase(server, name) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-bench-search-"));
  const handle = await openPgliteDatabase(dir);
  return { handle, where: `PGlite (${dir})`, remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function seedStories(db: Database, vocab: Record<Language, string[]>, rare: Record<Language, string[]>): Promise<void> {
  const [author] = await db.insert(users).values({ email: "bench@example.org", name: "Bench Writer", slug: "bench-writer" }).returning();
  if (!author) throw new Error("no author");
  const started = Date.now();
  const base = Date.now() - STORIES * 60_000;
  for (let start = 0; start < STORIES; start += BATCH) {
    const articleRows: (typeof articles.$inferInsert)[] = [];
    const liveRows: (typeof articlePublications.$inferInsert)[] = [];
    for (let i = start; i < Math.min(start + BATCH, STORIES); i++) {
      const language: Language = i % 3 === 2 && KHMER_SHARE > 0 ? "km" : "en";
      const headline = sentence(vocab[language], 9, language, rare[language]);
      const standfirst = sentence(vocab[language], 22, language, rare[language]);
      const paragraphs = Array.from({ length: 5 }, () => sentence(vocab[language], 32, language, rare[language]));
      const body = { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
      const bodyText = paragraphs.join("\n\n");
      const id = crypto.randomUUID();
      const slug = `story-${i}`;
      const at = new Date(base + i * 60_000);
      articleRows.push({ id, language, headline, standfirst, slug, body, bodyText, status: "published", createdBy: author.id, firstPublishedAt: at });
      liveRows.push({
        articleId: id,
        language,
        slug,
        headline,
        standfirst,
        body,
        bodyText,
        version: 1,
        publishedAt: at,
        updatedAt: at,
        ...buildSearchFields({ language, headline, standfirst, bodyText, tagNames: [] }),
      });
    }
    await db.insert(articles).values(articleRows);
    await db.insert(articlePublications).values(liveRows);
    if ((start / BATCH) % 20 === 0) log(`  ${start + articleRows.length} / ${STORIES} stories (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await db.execute(sql`analyze article_publications`);
  log(`seeded ${STORIES} stories in ${Math.round((Date.now() - started) / 1000)} s`);
}

type Query = { label: string; language: Language; text: string };

function queries(vocab: Record<Language, string[]>, rare: Record<Language, string[]>): Query[] {
  const out: Query[] = [];
  const en = vocab.en;
  const km = vocab.km;
  // English: common single words, common pairs, rare words.
  for (let i = 0; i < 8; i++) out.push({ label: "en common word", language: "en", text: en[i * 3]! });
  for (let i = 0; i < 7; i++) out.push({ label: "en common pair", language: "en", text: `${en[i + 2]} ${en[i + 12]}` });
  for (let i = 0; i < 10; i++) out.push({ label: "en rare word", language: "en", text: rare.en[i % rare.en.length]! });
  // Khmer, typed as readers type it: without spaces.
  for (let i = 0; i < 8; i++) out.push({ label: "km common word", language: "km", text: km[i * 3]! });
  for (let i = 0; i < 7; i++) out.push({ label: "km common pair", language: "km", text: `${km[i + 2]}${km[i + 12]}` });
  for (let i = 0; i < 10; i++) out.push({ label: "km rare word", language: "km", text: rare.km[i % rare.km.length]! });
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function report(name: string, list: Query[], search: (q: Query) => Promise<number>): Promise<void> {
  const run = async (q: Query) => {
    const started = performance.now();
    const hits = await search(q);
    return { ms: performance.now() - started, hits };
  };
  log(`${name.split(" ")[0]}: warm-up pass`);
  for (const q of list) await run(q);
  log(`${name.split(" ")[0]}: timing ${list.length} searches`);
  const results: { q: Query; ms: number; hits: number }[] = [];
  for (const q of list) results.push({ q, ...(await run(q)) });
  const all = results.map((r) => r.ms).sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`\n### ${name}\n`);
  console.log("| queries | p50 | p95 | max | hits per query (of 10) |");
  console.log("| --- | --- | --- | --- | --- |");
  const groups = [...new Set(results.map((r) => r.q.label))];
  for (const label of groups) {
    const group = results.filter((r) => r.q.label === label);
    const times = group.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`| ${label} (${group.length}) | ${fmt(percentile(times, 50))} | ${fmt(percentile(times, 95))} | ${fmt(times.at(-1) ?? 0)} | ${Math.min(...group.map((r) => r.hits))}–${Math.max(...group.map((r) => r.hits))} |`);
  }
  console.log(`| **all ${results.length}** | **${fmt(percentile(all, 50))}** | **${fmt(percentile(all, 95))}** | ${fmt(all.at(-1) ?? 0)} | |`);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\nSlowest: ${slowest.map((r) => `"${r.q.text}" (${r.q.label}) ${fmt(r.ms)}`).join("; ")}.`);
  console.log(`\nGoal p95 <= 50 ms: ${percentile(all, 95) <= 50 ? "met" : "NOT met"}.`);
}

async function main(): Promise<void> {
  const enWords = vocabulary("en");
  const kmWords = vocabulary("km");
  // The ten least frequent Khmer demo words become the rare ones and leave the common vocabulary.
  const rare: Record<Language, string[]> = { en: ENGLISH_RARE, km: kmWords.slice(-10) };
  const vocab: Record<Language, string[]> = { en: enWords, km: kmWords.slice(0, -10) };
  log(`vocabulary: ${vocab.en.length} English and ${vocab.km.length} Khmer words`);

  const bench = await openBenchDatabase();
  try {
    log(`database: ${bench.where}`);
    await migrateDatabase(bench.handle);
    await seedStories(bench.handle.db, vocab, rare);

    // Words the English configuration drops (the, and, of...) find nothing: leave them out of the queries.
    const kept = await bench.handle.db.execute(
      sql`select w from unnest(${sql.raw(`ARRAY[${vocab.en.slice(0, 200).map((w) => `'${w.replace(/'/g, "''")}'`).join(",")}]::text[]`)}) with ordinality as t(w, n) where to_tsvector('english', w) <> ''::tsvector order by n`,
    );
    const keptRows = rowsOf<{ w: string }>(kept);
    const list = queries({ en: keptRows.map((row) => row.w), km: vocab.km }, rare);
    const db = bench.handle.db;
    console.log("\n## bench:search\n");
    console.log(`${STORIES.toLocaleString("en")} live stories (${Math.round(STORIES * KHMER_SHARE).toLocaleString("en")} in Khmer), ${bench.where.split(" ")[0]}, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start.`);
    await report(
      "searchPublishedStories (lib/public/search.ts, the site's search page: query, excerpts, story summaries)",
      list,
      async (q) => (await searchPublishedStories(db, { query: q.text, languages: [q.language], pageSize: 10 })).hits.length,
    );
  } finally {
    await bench.handle.close();
    if (process.env.BENCH_KEEP === "1") log(`BENCH_KEEP=1: keeping ${bench.where}`);
    else await bench.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
