import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// getAuthSecret remembers its answer for the process, so each test loads a fresh copy.
async function freshGetAuthSecret() {
  vi.resetModules();
  return (await import("@/lib/auth/secret")).getAuthSecret;
}

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-secret-"));
  vi.stubEnv("MASTHEAD_DATA_DIR", path.join(dataDir, "data"));
  vi.stubEnv("NEXTAUTH_SECRET", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("getAuthSecret", () => {
  it("uses NEXTAUTH_SECRET when it is set, and writes nothing", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "from-the-environment");
    vi.stubEnv("NODE_ENV", "production");
    expect((await freshGetAuthSecret())()).toBe("from-the-environment");
    expect(fs.existsSync(path.join(dataDir, "data"))).toBe(false);
  });

  it("refuses to run in production without NEXTAUTH_SECRET", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(await freshGetAuthSecret()).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("creates a development secret once, readable by its owner only, and reuses it after a restart", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const first = (await freshGetAuthSecret())();
    const file = path.join(dataDir, "data", "nextauth-secret");

    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await freshGetAuthSecret())()).toBe(first);
  });

  it("replaces a development secret file too short to be one", async () => {
    vi.stubEnv("NODE_ENV", "development");
    fs.mkdirSync(path.join(dataDir, "data"));
    fs.writeFileSync(path.join(dataDir, "data", "nextauth-secret"), "short\n");
    const secret = (await freshGetAuthSecret())();
    expect(secret).not.toBe("short");
    expect(secret.length).toBeGreaterThanOrEqual(32);
  });
});
