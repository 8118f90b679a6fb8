// @ts-check
// The production server (scripts/serve-production.mjs) answers view beacons
// (POST /api/views) itself, with the same function as the views route
// (lib/views/answer-view-beacon.ts, exposed on globalThis at start-up by
// lib/views/expose-view-beacon.ts). A beacon does almost nothing (a hash, a
// map lookup, a counter in memory), yet Next's route-handler path costs
// ~1 ms of CPU each: it answered 650-1,000 a second here, under the 2,000 a
// second a story read at that rate sends. Until start-up has exposed the
// answer, Next's route answers, as it always does under `next dev`.
//
// Plain JavaScript, loaded before Next without a compiler; types in
// view-beacon-fast-path.d.mts; tested in tests/unit/view-beacon-fast-path.test.ts.

export const VIEW_BEACON_PATH = "/api/views";
const HOOK = Symbol.for("masthead.view-beacon");

/**
 * @typedef {{ status: number; error: string | null }} Answer
 * @typedef {{ maxBodyBytes: number; headers: Record<string, string>; answer(headers: Headers, readBody: () => Promise<string>): Promise<Answer>; flush(): Promise<void> }} ViewBeaconHook
 */

/** @returns {ViewBeaconHook | undefined} */
export function findViewBeaconHook() {
  const holder = /** @type {Record<symbol, ViewBeaconHook | undefined>} */ (/** @type {unknown} */ (globalThis));
  return holder[HOOK];
}

/**
 * The request's headers as the views route sees them: Next fills in
 * x-forwarded-for with the socket's address when it is absent, and the
 * visitor dedupe keys on it.
 * @param {import("node:http").IncomingMessage} request
 * @returns {Headers}
 */
function requestHeaders(request) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  if (!headers.has("x-forwarded-for") && request.socket.remoteAddress) headers.set("x-forwarded-for", request.socket.remoteAddress);
  return headers;
}

/**
 * The body's first `limit` bytes and no more are kept (the rest is read and
 * dropped, so the connection stays usable).
 * @param {import("node:http").IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<string>}
 */
function readCapped(request, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    request.on("data", (/** @type {Buffer} */ chunk) => {
      if (size >= limit) return;
      chunks.push(chunk.subarray(0, limit - size));
      size += Math.min(chunk.length, limit - size);
    });
    request.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.once("error", reject);
  });
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | null} error
 */
function send(response, status, headers, error) {
  if (error === null) {
    response.writeHead(status, { ...headers, "content-length": "0" });
    response.end();
    return;
  }
  const body = Buffer.from(JSON.stringify({ error }));
  response.writeHead(status, { ...headers, "content-type": "application/json", "content-length": String(body.length) });
  response.end(body);
}

/**
 * Answers a view beacon when it is one and start-up has exposed the answer;
 * false otherwise (Next answers).
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @returns {boolean}
 */
export function answerViewBeaconDirectly(request, response) {
  if (request.method !== "POST" || request.url !== VIEW_BEACON_PATH) return false;
  const hook = findViewBeaconHook();
  if (!hook) return false;
  hook
    .answer(requestHeaders(request), () => readCapped(request, hook.maxBodyBytes + 1))
    .then((answer) => {
      // Refused before its body was read: what is left of it is not waited for.
      if (answer.status === 413) response.setHeader("connection", "close");
      send(response, answer.status, hook.headers, answer.error);
    })
    .catch((/** @type {unknown} */ error) => {
      console.error("Masthead could not answer a view beacon:", error);
      if (response.headersSent) response.destroy();
      else send(response, 500, hook.headers, "The view could not be recorded.");
    });
  return true;
}
