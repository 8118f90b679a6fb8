import { MAX_SAVE_BYTES } from "./article-input";

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; code: "bad-request" | "too-large"; error: string };

function tooLarge(bytes: number | null): JsonBodyResult {
  const size = bytes === null ? "more than 5 MB" : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return {
    ok: false,
    status: 413,
    code: "too-large",
    error: `The story is too large to save (${size}; the limit is ${MAX_SAVE_BYTES / (1024 * 1024)} MB). Remove some of the text or split the story.`,
  };
}

/**
 * Reads a save request's JSON without holding more than the limit in memory:
 * a declared length over it is refused at once, a body that grows past it
 * while streaming is cut off.
 */
export async function readSaveRequest(request: Request): Promise<JsonBodyResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) return { ok: false, status: 415, code: "bad-request", error: "Send the story as JSON." };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_SAVE_BYTES) return tooLarge(declared);
  if (!request.body) return { ok: false, status: 400, code: "bad-request", error: "The save request was empty." };
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_SAVE_BYTES) {
      await reader.cancel().catch(() => {});
      return tooLarge(null);
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, code: "bad-request", error: "The save request could not be read (it may have been cut off). Your text is still in the editor." };
  }
}
