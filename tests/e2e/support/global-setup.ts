import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "../../support/postgres-admin";
import { productionServerArgs } from "../../support/production-server-args";

/**
 * Global setup of the e2e project: finds Chromium, builds the app, gives it a
 * database of its own, starts the production server (`npm start`'s scripts/serve-production.mjs) and hands the tests its address.
 *
 * Environment:
 * - CHROME_PATH: the Chromium (or Chrome) binary to drive; otherwise the usual
 *   Debian paths, and as root with apt-get, Debian's chromium is installed.
 * - E2E_SKIP_BUILD=1: reuse the existing build (when .next/BUILD_ID exists)
 *   instead of running `next build`, for quick reruns of the tests after a
 *   build you know is current (its cached pages are dropped). Without a build
 *   it builds anyway.
 * - NEXT_DIST_DIR: another folder than .next to build into and serve from
 *   (next.config.ts reads it). Note that `next build` then adds that folder's
 *   types to tsconfig.json's include list.
 * - DATABASE_URL: the app gets a fresh database `masthead_e2e_<random>` on that
 *   server; without it, PGlite in a fresh data folder (MASTHEAD_DATA_DIR, which
 *   also holds media either way) in the temp folder.
 */

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CHROME_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const HEALTH_TIMEOUT_MS = 120_000;
const OUTPUT_LINES_KEPT = 60;

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function commandExists(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file`);
  }
  const found = CHROME_CANDIDATES.find(isExecutable);
  if (found) return found;

  if (process.getuid?.() === 0 && commandExists("apt-get")) {
    log("Chromium not found: installing Debian's chromium (apt-get update && apt-get install -y chromium)");
    const install = spawnSync("sh", ["-c", "apt-get update && apt-get install -y chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = CHROME_CANDIDATES.find(isExecutable);
    if (install.status === 0 && installed) return installed;
  }
  throw new Error("Chromium not found: install it with `apt-get install -y chromium` or set CHROME_PATH");
}

/** Runs a command to the end, keeping its output; on failure the error carries its last lines. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    const keep = (chunk: Buffer) => output.push(chunk.toString());
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) return resolve();
      const tail = output.join("").split("\n").slice(-OUTPUT_LINES_KEPT).join("\n");
      reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}

async function buildApp(distDir: string): Promise<void> {
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(buildId)) {
    log(`E2E_SKIP_BUILD=1: using the existing build in ${distDir}`);
    // Pages and data cached by an earlier run (ISR, unstable_cache) came from
    // another database: start this run with none of them.
    for (const cache of ["server/route-cache", "cache/fetch-cache"]) fs.rmSync(path.join(ROOT, distDir, cache), { recursive: true, force: true });
    return;
  }
  log(`building the app (next build into ${distDir})`);
  const started = Date.now();
  // vitest sets NODE_ENV=test; Next must build for production.
  await run(process.execPath, [NEXT_BIN, "build"], {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("No free port found"))));
    });
  });
}

type AppDatabase = {
  env: Record<string, string | undefined>;
  provided: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  remove(): Promise<void>;
};

async function prepareDatabase(): Promise<AppDatabase> {
  // Always a fresh data folder: it holds uploaded media, and PGlite's files when there is no DATABASE_URL.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-e2e-"));
  const removeFolder = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  const server = process.env.DATABASE_URL;
  if (!server) {
    log(`app database: PGlite in ${dataDir}`);
    return {
      env: { DATABASE_URL: undefined, MASTHEAD_DATA_DIR: dataDir },
      provided: { kind: "pglite", dataDir },
      remove: removeFolder,
    };
  }
  const name = uniqueDatabaseName("masthead_e2e");
  try {
    await createDatabase(server, name);
  } catch (error) {
    await removeFolder();
    throw error;
  }
  const url = databaseUrlFor(server, name);
  log(`app database: ${name} on the DATABASE_URL server (media in ${dataDir})`);
  return {
    env: { DATABASE_URL: url, MASTHEAD_DATA_DIR: dataDir },
    provided: { kind: "postgres", url },
    async remove() {
      await dropDatabase(server, name);
      await removeFolder();
    },
  };
}

type RunningApp = { child: ChildProcess; output: string[]; stop(): Promise<void> };

function startApp(port: number, env: NodeJS.ProcessEnv): RunningApp {
  // Its own process group, so teardown ends next and anything it started.
  const child = spawn(process.execPath, productionServerArgs(ROOT, port), {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter((line) => line.trim() !== ""));
    if (output.length > OUTPUT_LINES_KEPT) output.splice(0, output.length - OUTPUT_LINES_KEPT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  return {
    child,
    output,
    async stop() {
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      // Anything left in the group (a worker next started) goes too.
      signalGroup("SIGKILL");
    },
  };
}

async function waitForHealth(baseUrl: string, app: RunningApp): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null || app.child.signalCode !== null) {
      throw new Error(`the production server exited (${app.child.signalCode ?? `exit ${app.child.exitCode}`}) before /api/health answered. Its last output:\n${app.output.join("\n")}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`GET /api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last}). The server's last output:\n${app.output.join("\n")}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChromium();
  log(`Chromium: ${chromePath}`);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  await buildApp(distDir);

  const database = await prepareDatabase();
  let app: RunningApp | undefined;
  const teardown = async () => {
    await app?.stop();
    await database.remove();
  };

  try {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    app = startApp(port, {
      ...process.env,
      ...database.env,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production",
      MASTHEAD_DEMO: "1",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    log(`starting the app at ${baseUrl}`);
    await waitForHealth(baseUrl, app);
    log("the app answers /api/health");

    project.provide("e2eBaseUrl", baseUrl);
    project.provide("e2eChromePath", chromePath);
    project.provide("e2eDatabase", database.provided);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
