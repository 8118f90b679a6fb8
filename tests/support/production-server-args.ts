import path from "node:path";

/**
 * The arguments after `node` that start the production server as `npm start`
 * does (scripts/serve-production.mjs: Next behind the one-second front cache),
 * so the end-to-end tests and the benchmarks measure what ships.
 */
export function productionServerArgs(root: string, port: number): string[] {
  return [path.join(root, "scripts", "serve-production.mjs"), "--port", String(port)];
}
