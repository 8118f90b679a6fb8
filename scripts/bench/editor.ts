import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type CDPSession, type Page, type Response } from "playwright-core";
import { openPgliteDatabase, openPostgresDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";
import { DiskMediaStorage } from "@/lib/media/storage";
import { CHROMIUM_ARGS } from "@/tests/e2e/support/chromium-args";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "@/tests/support/postgres-admin";
import { buildApp, freePort, log, ROOT } from "./support/app-server";
import { seedBenchStory, type BenchStory } from "./support/editor-story";
import { productionServerArgs } from "@/tests/support/production-server-args";

// npm run bench:editor — the story editor in headless Chromium with the CPU
// slowed down 4×, on a generated 20,000-word story with 30 images:
// keystroke-to-paint latency (p50/p95/p99 over 200 typed characters), the time
// to open the story (navigation start to an editable editor), and the server
// time of an autosave (the editor's own PUT, and direct PUTs on loopback).
// Prints figures, not pass/fail.
//
// Environment: DATABASE_URL (a fresh database on that server; else PGlite in
// a temp folder), NEXT_DIST_DIR (default .next-bench), BENCH_SKIP_BUILD=1
// (reuse that build), CHROME_PATH (default /usr/bin/chromium).

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const CPU_SLOWDOWN = 4;
const KEYSTROKES = 200;
/** A brisk typist: ten characters a second. */
const TYPING_DELAY_MS = 100;
const OPEN_RUNS = 4;
const DIRECT_SAVES = 6;
const GOALS = { keystrokeP95Ms: 16, openMs: 1_500, autosaveMs: 150 };
/** What marks the editor as ready: Tiptap's editable root with the story in it. */
const EDITOR_SELECTOR = '.ProseMirror[contenteditable="true"]';

type Running = { baseUrl: string; child: ChildProcess; output: string[]; stop(): Promise<void> };

async function prepare(reporterEmail: string): Promise<{ env: Record<string, string | undefined>; story: BenchStory; remove(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-bench-editor-"));
  const server = process.env.DATABASE_URL;
  let name: string | null = null;
  let handle: DatabaseHandle;
  if (server) {
    name = uniqueDatabaseName("masthead_bench_editor");
    await createDatabase(server, name);
    handle = openPostgresDatabase(databaseUrlFor(server, name), { max: 2 });
    log(`database: ${name} on the DATABASE_URL server`);
  } else {
    handle = await openPgliteDatabase(dataDir);
    log(`database: PGlite in ${dataDir}`);
  }
  const storage = new DiskMediaStorage(path.join(dataDir, "media"));
  let story: BenchStory;
  try {
    await migrateDatabase(handle);
    await seedDemoNewsroom(handle.db, storage);
    const started = Date.now();
    story = await seedBenchStory(handle.db, storage, { reporterEmail, words: 20_000, images: 30 });
    log(`story of ${story.wordCount.toLocaleString("en")} words with 30 images written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    // The server opens the database itself: PGlite's folder must be closed first.
    await handle.close();
  }
  return {
    env: { DATABASE_URL: server && name ? databaseUrlFor(server, name) : undefined, MASTHEAD_DATA_DIR: dataDir },
    story,
    async remove() {
      if (server && name) await dropDatabase(server, name);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function start(port: number, env: Record<string, string | undefined>): Promise<Running> {
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, productionServerArgs(ROOT, port), {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...env,
      NEXT_DIST_DIR: DIST_DIR,
      NODE_ENV: "production",
      MASTHEAD_DEMO: "1",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 100) output.splice(0, output.length - 100);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the production server exited early:\n${output.join("\n")}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not answer /api/health within 120 s:\n${output.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`app answers at ${baseUrl}`);
  return { baseUrl, child, output, stop };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (met: boolean) => (met ? "goal met" : "goal MISSED");

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 30_000 });
}

// Runs in the page before any of its scripts: notes when the editor first
// becomes editable with the story in it, in ms since navigation started.
const READY_PROBE = `(() => {
  window.__benchReady = null;
  const check = () => {
    const editor = document.querySelector(${JSON.stringify(EDITOR_SELECTOR)});
    if (editor && editor.childElementCount > 0 && window.__benchReady === null) {
      window.__benchReady = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["contenteditable"] });
})();`;

/** Navigation start to an editable editor holding the story, in ms. */
async function timeOpen(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as unknown as { __benchReady: number | null }).__benchReady !== null, undefined, { timeout: 60_000, polling: 100 });
  return page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
}

/**
 * Types `text` with a pause between keys and returns, for each keystroke, the
 * time from its keydown to the first animation frame after the editor's DOM
 * changed (the frame in which the character is painted).
 */
async function timeKeystrokes(page: Page, text: string): Promise<number[]> {
  await page.evaluate((selector) => {
    const editor = document.querySelector<HTMLElement>(selector);
    if (!editor) throw new Error("editor not found");
    // The caret goes to the end of a paragraph in the middle of the story.
    const paragraphs = editor.querySelectorAll(":scope > p");
    const target = paragraphs[Math.floor(paragraphs.length / 2)];
    if (!target) throw new Error("the story has no paragraphs");
    target.scrollIntoView({ block: "center" });
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(target);
    range.collapse(false);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);

    const state = window as unknown as { __latencies: number[] };
    state.__latencies = [];
    let pending: number[] = [];
    editor.addEventListener("keydown", (event) => pending.push(event.timeStamp), true);
    new MutationObserver(() => {
      if (pending.length === 0) return;
      const started = pending;
      pending = [];
      requestAnimationFrame(() => {
        const painted = performance.now();
        for (const time of started) state.__latencies.push(painted - time);
      });
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }, EDITOR_SELECTOR);
  // Let ProseMirror pick up the selection before typing.
  await page.waitForTimeout(500);
  await page.keyboard.type(text, { delay: TYPING_DELAY_MS });
  await page.waitForTimeout(500);
  const arrived = await page.evaluate(([selector, typed]) => document.querySelector(selector)?.textContent?.includes(typed) ?? false, [EDITOR_SELECTOR, text] as const);
  if (!arrived) throw new Error("the typed text is not in the editor: keystrokes were lost");
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

type SaveTiming = { serverMs: number; status: number; version: number | null; serverTiming: string | null };

async function saveTiming(response: Response): Promise<SaveTiming> {
  const timing = response.request().timing();
  const body = (await response.json().catch(() => null)) as { version?: unknown } | null;
  return {
    // From the request leaving to the first byte of the answer: the server's time on loopback.
    serverMs: timing.responseStart >= 0 && timing.requestStart >= 0 ? timing.responseStart - timing.requestStart : Number.NaN,
    status: response.status(),
    version: typeof body?.version === "number" ? body.version : null,
    serverTiming: (await response.allHeaders())["server-timing"] ?? null,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: apt-get install chromium, or set CHROME_PATH`);
  const reporter = DEMO_ACCOUNTS.find((account) => account.role === "reporter");
  if (!reporter) throw new Error("no demo reporter account");
  await buildApp(DIST_DIR);
  const data = await prepare(reporter.email);
  let app: Running | null = null;
  const browser = await chromium.launch({ executablePath: CHROME, args: [...CHROMIUM_ARGS] });
  try {
    app = await start(await freePort(), data.env);
    const context = await browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, reporter.email, reporter.password);
    const editorUrl = `/newsroom/stories/${data.story.id}`;
    // A first, unmeasured open: the editor page must exist (it is built separately).
    const probeStarted = Date.now();
    const probe = await page.goto(editorUrl, { waitUntil: "commit", timeout: 120_000 });
    const found = await page
      .waitForSelector(EDITOR_SELECTOR, { timeout: 120_000 })
      .then(() => true)
      .catch(() => false);
    if (!probe || probe.status() >= 400 || !found) {
      console.log(`\nbench:editor pending: ${editorUrl} answered ${probe?.status() ?? "nothing"} and shows no editor (${EDITOR_SELECTOR}).`);
      console.log(app.output.slice(-20).join("\n"));
      process.exitCode = 2;
      return;
    }
    log(`first open, unthrottled and cold: ${Date.now() - probeStarted} ms`);

    // Each open is a fresh tab (same session), CPU slowed from its first byte.
    await context.addInitScript(READY_PROBE);
    const opens: number[] = [];
    let editorPage: Page = page;
    let cdp: CDPSession | null = null;
    for (let run = 0; run < OPEN_RUNS; run++) {
      await editorPage.close({ runBeforeUnload: false });
      editorPage = await context.newPage();
      cdp = await context.newCDPSession(editorPage);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      opens.push(await timeOpen(editorPage, editorUrl));
    }
    if (!cdp) throw new Error("no page was opened");
    log(`open times: ${opens.map((value) => Math.round(value)).join(", ")} ms`);

    const saves: Promise<SaveTiming>[] = [];
    editorPage.on("response", (response) => {
      if (response.request().method() === "PUT" && new URL(response.url()).pathname === `/api/articles/${data.story.id}`) saves.push(saveTiming(response));
    });
    const words = "the council said farmers along the river would be paid for land lost to the dam ";
    const text = words.repeat(Math.ceil(KEYSTROKES / words.length)).slice(0, KEYSTROKES);
    const latencies = (await timeKeystrokes(editorPage, text)).sort((a, b) => a - b);

    // The editor saves after a pause in typing; wait until it has gone quiet.
    const deadline = Date.now() + 30_000;
    let seen = -1;
    while (Date.now() < deadline && (saves.length === 0 || saves.length !== seen)) {
      seen = saves.length;
      await editorPage.waitForTimeout(3_000);
    }
    const browserSaves = await Promise.all(saves);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await editorPage.close({ runBeforeUnload: false });

    // Direct saves of the whole story from here, each changing the headline,
    // starting from the server's copy (GET /api/articles/:id).
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const storyUrl = `${app.baseUrl}/api/articles/${data.story.id}`;
    const current = (await (await fetch(storyUrl, { headers: { cookie } })).json()) as { ok?: boolean; copy?: { version: number; draft: Record<string, unknown> } };
    if (!current.ok || !current.copy) throw new Error("could not read the story back from GET /api/articles/:id");
    let version = current.copy.version;
    const direct: number[] = [];
    for (let run = 0; run < DIRECT_SAVES; run++) {
      const draft = { ...current.copy.draft, headline: `Benchmark: a very long investigation along the Mekong (${run + 1})` };
      const started = performance.now();
      const response = await fetch(storyUrl, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ baseVersion: version, draft }),
      });
      const body = (await response.json()) as { ok?: boolean; version?: number; error?: string };
      const elapsed = performance.now() - started;
      if (!response.ok || !body.ok || typeof body.version !== "number") throw new Error(`direct save failed (${response.status}): ${body.error ?? "no message"}`);
      version = body.version;
      direct.push(elapsed);
    }

    const p95 = percentile(latencies, 95);
    const warmOpen = median(opens.slice(1));
    const directWarm = direct.slice(1);
    console.log(`\nbench:editor — ${data.story.wordCount.toLocaleString("en")}-word story with 30 images, Chromium, CPU slowed ${CPU_SLOWDOWN}×`);
    console.log(`  keystroke to paint (${latencies.length} of ${KEYSTROKES} keys, ${TYPING_DELAY_MS} ms apart):`);
    console.log(`    p50 ${ms(percentile(latencies, 50))}, p95 ${ms(p95)}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? Number.NaN)}  (goal p95 ≤ ${GOALS.keystrokeP95Ms} ms: ${verdict(p95 <= GOALS.keystrokeP95Ms)})`);
    console.log(`  open the story (navigation start → editable editor):`);
    console.log(`    first ${ms(opens[0] ?? Number.NaN)}, then median ${ms(warmOpen)} over ${opens.length - 1} more  (goal ≤ ${GOALS.openMs} ms: ${verdict(warmOpen <= GOALS.openMs)})`);
    console.log(`  autosave, server time on loopback:`);
    if (browserSaves.length === 0) console.log("    the editor sent no save within 30 s of typing");
    for (const save of browserSaves) {
      console.log(`    editor's save: ${ms(save.serverMs)} (HTTP ${save.status}${save.serverTiming ? `, Server-Timing: ${save.serverTiming}` : ""})`);
    }
    const directMedian = median(directWarm);
    console.log(
      `    direct PUTs of the whole story: first ${ms(direct[0] ?? Number.NaN)}, then median ${ms(directMedian)}, max ${ms(Math.max(...directWarm))} over ${directWarm.length}  (goal ≤ ${GOALS.autosaveMs} ms: ${verdict(directMedian <= GOALS.autosaveMs)})`,
    );
  } finally {
    await browser.close();
    await app?.stop();
    await data.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
