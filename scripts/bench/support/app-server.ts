import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openPgliteDatabase, openPostgresDatabase, type DatabaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { publicationSettings } from "@/db/schema";
import { seedDemoNewsroom } from "@/lib/demo/seed-demo-newsroom";
import { getMediaStorage } from "@/lib/media/storage";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from "@/tests/support/postgres-admin";
import { productionServerArgs } from "@/tests/support/production-server-args";

// Starts the production server for a benchmark: its own build folder, its own
// data folder and database (a fresh database on the DATABASE_URL server, or
// PGlite in a temp folder), the demo newsroom, a free port.

export const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

export function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const output: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(" ")} failed:\n${output.join("").slice(-4000)}`))));
  });
}

/** Builds into distDir unless BENCH_SKIP_BUILD=1 and a build is there. */
export async function buildApp(distDir: string): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    log(`BENCH_SKIP_BUILD=1: using the build in ${distDir}`);
    // Pages an earlier run cached there came from that run's database (other
    // image ids, other counts); served stale, they would send the browser to
    // images this run does not have.
    for (const cache of [["server", "route-cache"], ["cache", "fetch-cache"]]) fs.rmSync(path.join(ROOT, distDir, ...cache), { recursive: true, force: true });
    return;
  }
  log(`building the app into ${distDir} (next build)`);
  const started = Date.now();
  // next build rewrites tsconfig.json to list the build folder's types; put it back as it was.
  const tsconfig = fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");
  try {
    await run(["build"], { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    fs.writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
  }
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/**
 * Seeds the demo newsroom before the server starts, with the publication's
 * address set to where the server will answer, so canonical links, feeds and
 * sitemaps point at the page being measured (Lighthouse checks the canonical).
 */
async function seedDemo(database: Omit<BenchDatabase, "remove">, siteUrl: string): Promise<void> {
  process.env.MASTHEAD_DATA_DIR = database.dataDir; // media files go with the data
  let handle: DatabaseHandle;
  if (database.kind === "postgres" && database.url) handle = openPostgresDatabase(database.url, { max: 1 });
  else handle = await openPgliteDatabase(database.dataDir);
  try {
    await migrateDatabase(handle);
    await seedDemoNewsroom(handle.db, getMediaStorage());
    await handle.db.update(publicationSettings).set({ siteUrl }).where(eq(publicationSettings.id, 1));
  } finally {
    await handle.close();
  }
}

export type BenchDatabase = {
  env: Record<string, string | undefined>;
  kind: "postgres" | "pglite";
  url?: string;
  dataDir: string;
  remove(): Promise<void>;
};

/** A fresh database with the demo newsroom, whose site address is `siteUrl`. */
export async function prepareDatabase(prefix: string, siteUrl: string): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const removeFolder = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  const server = process.env.DATABASE_URL;
  if (!server) {
    log(`database: PGlite in ${dataDir}`);
    const database: BenchDatabase = { env: { DATABASE_URL: undefined, MASTHEAD_DATA_DIR: dataDir }, kind: "pglite", dataDir, remove: removeFolder };
    await seedDemo(database, siteUrl);
    return database;
  }
  const name = uniqueDatabaseName(prefix.replace(/[^a-z0-9_]/g, "_"));
  await createDatabase(server, name);
  const url = databaseUrlFor(server, name);
  log(`database: ${name} on the DATABASE_URL server`);
  await seedDemo({ env: {}, kind: "postgres", url, dataDir }, siteUrl);
  return {
    env: { DATABASE_URL: url, MASTHEAD_DATA_DIR: dataDir },
    kind: "postgres",
    url,
    dataDir,
    async remove() {
      await dropDatabase(server, name);
      await removeFolder();
    },
  };
}

/**
 * The Node options `npm start` gives the server (package.json config.serverNodeOptions,
 * before any NODE_OPTIONS of the caller's): benchmarks start it the same way.
 */
function serverNodeOptions(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config?: { serverNodeOptions?: string } };
  return [manifest.config?.serverNodeOptions, process.env.NODE_OPTIONS].filter(Boolean).join(" ");
}

export type RunningApp = { baseUrl: string; child: ChildProcess; output: string[]; stop(): Promise<number | null> };

export async function startApp(port: number, distDir: string, database: BenchDatabase, extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, productionServerArgs(ROOT, port), {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_OPTIONS: serverNodeOptions(),
      ...database.env,
      ...extraEnv,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production",
      MASTHEAD_DEMO: "1",
      NEXTAUTH_SECRET: extraEnv.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const app: RunningApp = {
    baseUrl,
    child,
    output,
    async stop() {
      // SIGTERM to the server alone: it closes the server and runs its shutdown work (the view flush).
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }, 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the production server exited early:\n${output.join("\n")}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await app.stop();
      throw new Error(`the app did not answer /api/health within 120 s:\n${output.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`app answers at ${baseUrl}`);
  return app;
}
