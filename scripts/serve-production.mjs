// @ts-check
// `npm start`: the production server. Next's own request handler behind a
// one-second shared cache for public pages (lib/server/front-cache.mjs says
// why and what it keeps), after refusing the requests Next answers wrongly
// (lib/server/request-guard.mjs), with `next start`'s options and shutdown:
//   node scripts/serve-production.mjs [--port|-p N] [--hostname|-H host] [--keepAliveTimeout ms]
// PORT sets the port when --port does not (default 3000). On SIGTERM or
// SIGINT it stops taking connections, lets the requests in flight finish,
// closes Next (which waits for work handed to after()), writes the buffered
// view counts and exits 0. View beacons are answered here, not by Next, once
// start-up is done (lib/server/view-beacon-fast-path.mjs).
//
// Plain JavaScript so it runs without a compiler, as `next start` does.

import { createServer } from "node:http";
import { parseArgs } from "node:util";

// As `next start` does (typed read-only for app code, hence Reflect).
if (!process.env.NODE_ENV) Reflect.set(process.env, "NODE_ENV", "production");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** @type {{ port?: string; hostname?: string; keepAliveTimeout?: string }} */
let options = {};
try {
  options = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, keepAliveTimeout: { type: "string" } },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nUsage: npm start -- [--port N] [--hostname host] [--keepAliveTimeout ms]`);
}
const portText = options.port ?? (process.env.PORT || "3000");
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65_535) fail(`The port must be a number from 0 to 65535, not "${portText}" (--port or PORT).`);
const keepAliveTimeout = options.keepAliveTimeout === undefined ? undefined : Number(options.keepAliveTimeout);
if (keepAliveTimeout !== undefined && !(Number.isInteger(keepAliveTimeout) && keepAliveTimeout >= 0)) {
  fail(`--keepAliveTimeout must be a whole number of milliseconds, not "${options.keepAliveTimeout}".`);
}

// Loaded after NODE_ENV is set: Next reads it when its modules load.
const { default: next } = await import("next");
const { FrontCache } = await import("../lib/server/front-cache.mjs");
const { answerRefusedRequest } = await import("../lib/server/request-guard.mjs");
const { answerViewBeaconDirectly, findViewBeaconHook } = await import("../lib/server/view-beacon-fast-path.mjs");

const httpServer = createServer();
if (keepAliveTimeout !== undefined) httpServer.keepAliveTimeout = keepAliveTimeout;
const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port, httpServer });
const handle = app.getRequestHandler();
const frontCache = new FrontCache();

httpServer.on("request", (request, response) => {
  if (answerRefusedRequest(request, response) || answerViewBeaconDirectly(request, response)) return;
  frontCache.serve(request, response, () =>
    Promise.resolve(handle(request, response)).catch((/** @type {unknown} */ error) => {
      console.error(error);
      if (!response.headersSent) {
        response.statusCode = 500;
        response.setHeader("content-type", "text/plain; charset=utf-8");
      }
      response.end("Internal Server Error");
    }),
  );
});

// Start-up's scheduler reaches this server over loopback through PORT.
if (port !== 0) process.env.PORT = String(port);
await app.prepare();
try {
  await new Promise((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, options.hostname, () => resolve(undefined));
  });
} catch (error) {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  if (code === "EACCES") fail(`Port ${port} needs privileges this process lacks: choose a port above 1023 with --port (or PORT) and let the proxy in front listen on 80 and 443.`);
  if (code === "EADDRINUSE") fail(`Port ${port} is already in use: stop what runs there, or choose another with --port (or PORT).`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") fail(`Cannot listen on "${options.hostname}": not an address of this machine (--hostname).`);
  throw error;
}
const address = httpServer.address();
const actualPort = typeof address === "object" && address ? address.port : port;
// As `next start` does (the port chosen when 0 was asked for).
process.env.PORT = String(actualPort);
const shownHost = !options.hostname || options.hostname === "0.0.0.0" || options.hostname === "::" ? "localhost" : options.hostname;
console.log(`Masthead ready on http://${shownHost}:${actualPort}`);

let closing = false;
/** @param {NodeJS.Signals} signal */
function shutDown(signal) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: finishing the requests in flight, then stopping.`);
  httpServer.close((error) => {
    if (error) console.error(error);
    // The views buffered by beacons answered here (Next waits for its own).
    Promise.allSettled([app.close(), findViewBeaconHook()?.flush()])
      .then((results) => {
        for (const result of results) if (result.status === "rejected") console.error(result.reason);
      })
      .finally(() => process.exit(0));
  });
  httpServer.closeIdleConnections();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
