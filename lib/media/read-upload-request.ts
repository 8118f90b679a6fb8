import { formatMegabytes, MAX_IMAGE_BYTES } from "./upload-limits";

/** Room for the multipart envelope around one file at the 20 MB limit. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_IMAGE_BYTES + 1024 * 1024;

/** The header a client may send with the file's name, so a refusal before the body is read can still name it. */
export const UPLOAD_FILENAME_HEADER = "x-upload-filename";

export type UploadRequestResult = { ok: true; filename: string; buffer: Buffer } | { ok: false; status: 400 | 413; message: string };

function declaredName(request: Request): string {
  const raw = request.headers.get(UPLOAD_FILENAME_HEADER);
  if (!raw) return "The file";
  try {
    return decodeURIComponent(raw).replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "The file";
  } catch {
    return "The file";
  }
}

function tooLarge(name: string, bytes: number): UploadRequestResult {
  return { ok: false, status: 413, message: `${name}: ${formatMegabytes(bytes)} is over the ${MAX_IMAGE_BYTES / (1024 * 1024)} MB limit` };
}

/**
 * Reads a multipart upload of one image (field "file") without ever holding
 * more than the limit in memory: a declared Content-Length over it is refused
 * at once, and a body that grows past it while streaming is cut off.
 */
export async function readUploadRequest(request: Request): Promise<UploadRequestResult> {
  const name = declaredName(request);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return { ok: false, status: 400, message: `${name}: send the image as multipart/form-data in a field named "file"` };
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_REQUEST_BYTES) return tooLarge(name, declared);
  if (!request.body) return { ok: false, status: 400, message: `${name}: the upload was empty` };

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_UPLOAD_REQUEST_BYTES) {
      await reader.cancel().catch(() => {});
      // Only part of it was read, so its real size is unknown.
      return { ok: false, status: 413, message: `${name}: the file is larger than the ${MAX_IMAGE_BYTES / (1024 * 1024)} MB limit` };
    }
    chunks.push(value);
  }

  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400, message: `${name}: the upload could not be read (it may have been cut off); try again` };
  }
  const file = form.get("file");
  if (file === null || typeof file === "string") {
    return { ok: false, status: 400, message: `${name}: no file was attached (expected a field named "file")` };
  }
  const filename = file.name || (name === "The file" ? "upload" : name);
  if (file.size === 0) return { ok: false, status: 400, message: `${filename}: the file is empty` };
  return { ok: true, filename, buffer: Buffer.from(await file.arrayBuffer()) };
}
