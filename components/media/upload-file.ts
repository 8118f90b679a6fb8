import type { MediaItem } from "@/lib/media/media-item";
import { formatMegabytes, MAX_IMAGE_BYTES } from "@/lib/media/upload-limits";

export type UploadOutcome = { ok: true; item: MediaItem } | { ok: false; error: string };

export const UPLOAD_URL = "/api/media";

/** The server's words for a refusal, or a sentence naming the file when it sent none. */
function refusal(file: File, status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === "string" && parsed.error) return parsed.error;
  } catch {
    // Not JSON (a proxy's error page, say): fall through.
  }
  if (status === 413) return `${file.name}: the file is larger than the server accepts`;
  return `${file.name}: the upload failed (HTTP ${status}); try again`;
}

/**
 * Sends one image to the media library. XMLHttpRequest rather than fetch,
 * because only it reports upload progress. A file over the limit is refused
 * here without being sent; the server checks everything again.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadOutcome> {
  if (file.size > MAX_IMAGE_BYTES) {
    return Promise.resolve({
      ok: false,
      error: `${file.name}: ${formatMegabytes(file.size)} is over the ${MAX_IMAGE_BYTES / (1024 * 1024)} MB limit`,
    });
  }
  if (file.size === 0) return Promise.resolve({ ok: false, error: `${file.name}: the file is empty` });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", UPLOAD_URL);
    request.setRequestHeader("X-Upload-Filename", encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    request.onload = () => {
      if (request.status === 201) {
        try {
          const body = JSON.parse(request.responseText) as { media: MediaItem };
          onProgress(1);
          resolve({ ok: true, item: body.media });
          return;
        } catch {
          resolve({ ok: false, error: `${file.name}: the server's answer could not be read; reload to see whether it arrived` });
          return;
        }
      }
      resolve({ ok: false, error: refusal(file, request.status, request.responseText) });
    };
    request.onerror = () => resolve({ ok: false, error: `${file.name}: could not reach the server; check your connection and try again` });
    request.onabort = () => resolve({ ok: false, error: `${file.name}: upload cancelled` });
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file.name);
    request.send(form);
  });
}
