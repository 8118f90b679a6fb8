import { getDb } from "@/db/client";
import { authorizeAction } from "@/lib/auth/session";
import { getMediaStorage } from "@/lib/media/storage";
import { readUploadRequest, UPLOAD_FILENAME_HEADER } from "@/lib/media/read-upload-request";
import { uploadMedia } from "@/lib/media/upload-media";

const NO_STORE = { "Cache-Control": "no-store" };

function refuse(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: NO_STORE });
}

function fileLabel(request: Request): string {
  const raw = request.headers.get(UPLOAD_FILENAME_HEADER);
  try {
    return raw ? decodeURIComponent(raw).slice(0, 200) : "The file";
  } catch {
    return "The file";
  }
}

/**
 * Uploads one image to the media library (multipart/form-data, field "file").
 * The browser sends one request per file, so each file gets its own progress
 * and its own answer: 201 with the image, or an error naming the file and why.
 */
export async function POST(request: Request): Promise<Response> {
  // The session and permission are checked before the body is read.
  const auth = await authorizeAction("media.upload", { type: "media", id: null });
  if (!auth.ok) return refuse(auth.reason === "signed-out" ? 401 : 403, `${fileLabel(request)}: ${auth.error}`);

  const upload = await readUploadRequest(request);
  if (!upload.ok) return refuse(upload.status, upload.message);

  const result = await uploadMedia(await getDb(), getMediaStorage(), auth.user, upload);
  if (!result.ok) return refuse(result.status, result.message);
  return Response.json({ media: result.item }, { status: 201, headers: NO_STORE });
}
