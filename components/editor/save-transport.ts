import type { SaveOutcome } from "@/lib/articles/article-input";
import type { SaveTransport, TransportResult } from "./autosave-controller";

/** Browsers refuse keepalive requests whose bodies total more than 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

function isSaveOutcome(value: unknown): value is SaveOutcome {
  return typeof value === "object" && value !== null && typeof (value as { ok?: unknown }).ok === "boolean";
}

/**
 * Sends saves to the story's route handler (PUT /api/articles/:id). A route
 * handler, not a server action: a page being closed can only finish a request
 * sent with keepalive, which server actions cannot use.
 */
export function createSaveTransport(articleId: string): SaveTransport {
  const url = `/api/articles/${encodeURIComponent(articleId)}`;
  return async (request, { keepalive, body: serialised }): Promise<TransportResult> => {
    const body = serialised ?? JSON.stringify(request);
    let response: Response;
    try {
      response = await fetch(url, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body,
        credentials: "same-origin",
        cache: "no-store",
        keepalive: keepalive && body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return { ok: false, code: "network", error: "The server could not be reached." };
    }
    let payload: unknown = null;
    try {
      payload = await response.json();
    } catch {
      payload = null;
    }
    if (isSaveOutcome(payload)) return payload;
    if (response.status === 413) return { ok: false, code: "too-large", error: "the story is too large to save." };
    return { ok: false, code: "server", error: `the server had a problem (${response.status}); it will try again.` };
  };
}
