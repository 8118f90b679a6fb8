// @ts-check
// Requests the production server (scripts/serve-production.mjs) answers
// itself, before Next, because Next answers them wrongly:
// - an address with a broken percent-encoding (/articles/%E0%A4, /%ZZ, as a
//   truncated or mangled link gives): Next's router throws decoding it and
//   answers 500 before any of Masthead's code runs (vercel/next.js#94278);
//   it is the client's mistake, so 400, saying what is wrong;
// - PUT, DELETE, PATCH and other methods on a page: Next answers 200 with the
//   page as if it were a GET. Pages take GET and HEAD, and POST for server
//   actions: anything else is 405 with Allow. Route handlers (/api/...) answer
//   for their own methods (405 from Next for the ones they lack).
// Plain JavaScript, loaded before Next without a compiler; types in
// request-guard.d.mts; tested in tests/unit/request-guard.test.ts.

// OPTIONS stays Next's to answer, as it was (no page takes cross-origin requests).
const PAGE_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/**
 * @typedef {{ status: number; headers: Record<string, string>; body: string }} Refusal
 */

/**
 * What the server answers instead of Next, or null to let Next answer.
 * @param {{ method?: string; url?: string }} request
 * @returns {Refusal | null}
 */
export function refuseRequest(request) {
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  try {
    decodeURIComponent(path);
  } catch {
    return refusal(
      400,
      {},
      `This address is broken: "${path.slice(0, 200)}" has a "%" that is not followed by a valid encoded character, so there is no page here. Check the link you followed, or start from the front page: /`,
    );
  }
  const method = (request.method ?? "GET").toUpperCase();
  if (!path.startsWith("/api/") && !PAGE_METHODS.has(method)) {
    return refusal(405, { allow: "GET, HEAD, POST" }, `A page can only be read (GET or HEAD), or sent a form (POST); ${method.slice(0, 20)} is not allowed here.`);
  }
  return null;
}

/**
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} message
 * @returns {Refusal}
 */
function refusal(status, headers, message) {
  return { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }, body: `${message}\n` };
}

/**
 * Answers the request when it must be refused; true when it was.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @returns {boolean}
 */
export function answerRefusedRequest(request, response) {
  const refused = refuseRequest(request);
  if (!refused) return false;
  const body = Buffer.from(refused.body);
  response.writeHead(refused.status, { ...refused.headers, "content-length": String(body.length) });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
