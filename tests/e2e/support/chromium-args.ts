/**
 * Flags that keep headless Chromium quiet on a machine without outside
 * network; shared by the e2e browser helpers and the browser benchmarks.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
