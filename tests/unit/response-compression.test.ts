import { afterEach, describe, expect, it, vi } from "vitest";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import nextConfig from "@/next.config";
import { readProxyCompresses } from "@/lib/http/response-compression";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("readProxyCompresses", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["0", false],
    [" 1 ", true],
    ["1", true],
  ])("reads %j as %s", (value, expected) => {
    expect(readProxyCompresses({ MASTHEAD_PROXY_COMPRESSES: value })).toBe(expected);
  });

  it.each(["yes", "true", "2", "off"])("refuses %j, naming the variable and the values it takes", (value) => {
    expect(() => readProxyCompresses({ MASTHEAD_PROXY_COMPRESSES: value })).toThrow(
      `MASTHEAD_PROXY_COMPRESSES must be 1 (the reverse proxy in front compresses responses, so the app does not) or 0 (the app compresses them itself, the default); it is "${value}".`,
    );
  });
});

describe("next.config.ts compression", () => {
  it("compresses responses unless told the proxy does", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "a-secret-for-this-test");
    vi.stubEnv("MASTHEAD_PROXY_COMPRESSES", "");
    expect(nextConfig(PHASE_PRODUCTION_SERVER).compress).toBe(true);
    vi.stubEnv("MASTHEAD_PROXY_COMPRESSES", "1");
    expect(nextConfig(PHASE_PRODUCTION_SERVER).compress).toBe(false);
  });

  it("will not start with a value it cannot read, and says why", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "a-secret-for-this-test");
    vi.stubEnv("MASTHEAD_PROXY_COMPRESSES", "yes");
    const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => nextConfig(PHASE_PRODUCTION_SERVER)).toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed).toHaveBeenCalledWith(expect.stringContaining('MASTHEAD_PROXY_COMPRESSES must be 1'));
  });
});
