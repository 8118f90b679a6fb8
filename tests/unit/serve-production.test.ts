import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm start`'s server refuses bad options with one clear line before it
// loads Next (so these run without a build).

const SCRIPT = path.join(process.cwd(), "scripts", "serve-production.mjs");

function start(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", env: { ...process.env, PORT: "", ...env }, timeout: 20_000 });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe("production server options", () => {
  it.each([
    [["--port", "abc"], {}, 'The port must be a number from 0 to 65535, not "abc" (--port or PORT).'],
    [["-p", "70000"], {}, 'The port must be a number from 0 to 65535, not "70000" (--port or PORT).'],
    [[], { PORT: "-1" }, 'The port must be a number from 0 to 65535, not "-1" (--port or PORT).'],
    [["--keepAliveTimeout", "soon"], {}, '--keepAliveTimeout must be a whole number of milliseconds, not "soon".'],
  ])("refuses %j %j", (args, env, message) => {
    const result = start(args, env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(message);
  });

  it("names an unknown option and shows the usage", () => {
    const result = start(["--prot", "3000"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("'--prot'");
    expect(result.stderr).toContain("Usage: npm start -- [--port N] [--hostname host] [--keepAliveTimeout ms]");
  });
});
