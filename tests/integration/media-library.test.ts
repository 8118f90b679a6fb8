import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { articles, auditLog, media } from "@/db/schema";
import { MAX_IMAGE_BYTES } from "@/lib/media/process-image";
import { DiskMediaStorage, type MediaStorage } from "@/lib/media/storage";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createArticle, createMedia, createUser, paragraphsDoc, publishArticleRow, type User } from "../support/factories";

// Only the edges that need a running Next request are replaced: the session
// cookie, the request headers, the process-wide database and media storage,
// and the cache refresh a server action asks for.
const edges = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "media-library-test-secret-0123456789abcdef";
  return {
    sessionUserId: null as string | null,
    db: null as Database | null,
    storage: null as MediaStorage | null,
    revalidated: [] as string[],
    publicChanges: [] as unknown[],
  };
});

vi.mock("next-auth", () => ({
  getServerSession: async () => (edges.sessionUserId ? { user: { id: edges.sessionUserId }, expires: "2099-01-01" } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: (p: string) => void edges.revalidated.push(p),
}));
vi.mock("@/lib/public/revalidate", () => ({ revalidatePublicArticle: (story: unknown) => void edges.publicChanges.push(story) }));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => {
    if (!edges.db) throw new Error("test database not ready");
    return edges.db;
  },
}));
vi.mock("@/lib/media/storage", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/media/storage")>()),
  getMediaStorage: () => {
    if (!edges.storage) throw new Error("test storage not ready");
    return edges.storage;
  },
}));

const { POST } = await import("@/app/api/media/route");
const { updateMediaDetailsAction, deleteMediaAction, mediaUsageAction, searchMediaAction } = await import("@/lib/actions/media-actions");

let testDb: TestDatabase;
let scratch: string;
let reporter: User;
let otherReporter: User;
let editor: User;
let admin: User;
let deactivated: User;
let jpeg: Buffer;

beforeAll(async () => {
  testDb = await createTestDatabase();
  edges.db = testDb.db;
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "masthead-media-library-"));
  edges.storage = new DiskMediaStorage(scratch);
  reporter = await createUser(testDb.db, { role: "reporter", name: "Sophea Reporter" });
  otherReporter = await createUser(testDb.db, { role: "reporter" });
  editor = await createUser(testDb.db, { role: "editor" });
  admin = await createUser(testDb.db, { role: "admin" });
  deactivated = await createUser(testDb.db, { role: "editor", active: false });
  jpeg = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#2a4d69" } }).jpeg().toBuffer();
});

afterAll(async () => {
  await testDb?.close();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  edges.sessionUserId = null;
  edges.revalidated = [];
  edges.publicChanges = [];
});

function signInAs(user: User | null) {
  edges.sessionUserId = user?.id ?? null;
}

function uploadRequest(file: Blob | null, filename: string, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  if (file) form.set("file", file, filename);
  return new Request("http://localhost/api/media", {
    method: "POST",
    body: form,
    headers: { "x-upload-filename": encodeURIComponent(filename), ...headers },
  });
}

async function upload(file: Blob | null, filename: string, headers: Record<string, string> = {}) {
  const response = await POST(uploadRequest(file, filename, headers));
  return { status: response.status, body: (await response.json()) as { media?: { id: string; filename: string; src: string; canEdit: boolean }; error?: string } };
}

function detailsForm(id: string, values: { altText?: string; caption?: string; credit?: string }): FormData {
  const form = new FormData();
  form.set("id", id);
  form.set("altText", values.altText ?? "");
  form.set("caption", values.caption ?? "");
  form.set("credit", values.credit ?? "");
  return form;
}

describe("POST /api/media", () => {
  it("stores an image for each role that may upload, owned by the uploader", async () => {
    for (const user of [reporter, editor, admin]) {
      signInAs(user);
      const { status, body } = await upload(new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), `market-${user.role}.jpg`);
      expect(status).toBe(201);
      expect(body.media).toMatchObject({ filename: `market-${user.role}.jpg`, canEdit: true });
      const [row] = await testDb.db.select().from(media).where(eq(media.id, body.media!.id));
      expect(row?.uploadedBy).toBe(user.id);
      expect(await edges.storage!.get(row!.storageKey)).not.toBeNull();
    }
  });

  it("refuses anonymous and deactivated uploads, naming the file, and stores nothing", async () => {
    const before = (await testDb.db.select({ id: media.id }).from(media)).length;
    signInAs(null);
    const anonymous = await upload(new Blob([new Uint8Array(jpeg)]), "secret.jpg");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatch(/^secret\.jpg: .*Sign in/);
    signInAs(deactivated);
    const refused = await upload(new Blob([new Uint8Array(jpeg)]), "secret.jpg");
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatch(/^secret\.jpg: .*deactivated/i);
    expect((await testDb.db.select({ id: media.id }).from(media)).length).toBe(before);
    const denials = await testDb.db.select().from(auditLog).where(eq(auditLog.actorId, deactivated.id));
    expect(denials.map((entry) => entry.action)).toContain("authorization.denied");
  });

  it("refuses a file that is not an image by its content, naming it and saying why", async () => {
    signInAs(reporter);
    const text = await upload(new Blob(["this is a press release, not a photo"], { type: "image/jpeg" }), "press-release.jpg");
    expect(text.status).toBe(422);
    expect(text.body.error).toBe("press-release.jpg: the file is damaged or not an image");
    const svg = await upload(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: "image/svg+xml" }), "logo.svg");
    expect(svg.status).toBe(415);
    expect(svg.body.error).toBe("logo.svg: not a supported image (JPEG, PNG, WebP, GIF or AVIF)");
  });

  it("refuses an upload over the limit from its declared length, before reading it", async () => {
    signInAs(reporter);
    const declared = String(MAX_IMAGE_BYTES + 5 * 1024 * 1024);
    const request = new Request("http://localhost/api/media", {
      method: "POST",
      body: new Uint8Array(16),
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": declared, "x-upload-filename": encodeURIComponent("huge ផ្ទះ.jpg") },
    });
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe("huge ផ្ទះ.jpg: 25.0 MB is over the 20 MB limit");
  });

  it("cuts off a body that grows past the limit without a declared length", async () => {
    signInAs(reporter);
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_IMAGE_BYTES + 4 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/api/media", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "x-upload-filename": "stream.jpg" },
    } as RequestInit & { duplex: "half" });
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe("stream.jpg: the file is larger than the 20 MB limit");
    expect(sent).toBeLessThan(MAX_IMAGE_BYTES + 4 * 1024 * 1024);
  });

  it("says what is wrong with a request that carries no file", async () => {
    signInAs(reporter);
    const missing = await upload(null, "nothing.jpg");
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/^nothing\.jpg: no file was attached/);
    const empty = await upload(new Blob([]), "empty.jpg");
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe("empty.jpg: the file is empty");
  });
});

describe("editing caption, credit and alt text", () => {
  it("lets uploaders edit their own images and editors and admins anyone's", async () => {
    const own = await createMedia(testDb.db, { uploadedBy: reporter.id, altText: "", credit: "" });
    signInAs(reporter);
    const saved = await updateMediaDetailsAction({ status: "idle" }, detailsForm(own.id, { altText: "  Boats at dawn ", caption: "The market", credit: "Photo: Sophea" }));
    expect(saved).toMatchObject({ status: "saved", item: { alt: "Boats at dawn", caption: "The market", credit: "Photo: Sophea" } });
    expect(edges.revalidated).toContain("/newsroom/media");

    for (const user of [editor, admin]) {
      signInAs(user);
      const result = await updateMediaDetailsAction({ status: "idle" }, detailsForm(own.id, { altText: `Edited by ${user.role}`, credit: "Photo: desk" }));
      expect(result.status).toBe("saved");
    }
    const [row] = await testDb.db.select().from(media).where(eq(media.id, own.id));
    expect(row).toMatchObject({ altText: "Edited by admin", caption: "", credit: "Photo: desk" });
  });

  it("refuses a reporter editing someone else's image, a deactivated account and nobody, changing nothing", async () => {
    const theirs = await createMedia(testDb.db, { uploadedBy: otherReporter.id, caption: "Original caption" });
    for (const [user, pattern] of [
      [reporter, /only change images you uploaded/],
      [deactivated, /deactivated/i],
      [null, /Sign in again/],
    ] as const) {
      signInAs(user);
      const result = await updateMediaDetailsAction({ status: "idle" }, detailsForm(theirs.id, { caption: "Hijacked" }));
      expect(result.status).toBe("error");
      expect(result.status === "error" && result.message).toMatch(pattern);
      expect(result.status === "error" && result.values.caption).toBe("Hijacked");
    }
    const [row] = await testDb.db.select().from(media).where(eq(media.id, theirs.id));
    expect(row?.caption).toBe("Original caption");
  });

  it("returns field errors for text that is too long, keeping what was typed", async () => {
    const own = await createMedia(testDb.db, { uploadedBy: reporter.id });
    signInAs(reporter);
    const result = await updateMediaDetailsAction({ status: "idle" }, detailsForm(own.id, { credit: "x".repeat(201), caption: "fine" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { credit: ["Credit can be at most 200 characters."] }, values: { caption: "fine" } });
  });

  it("refreshes the live pages that show the image", async () => {
    const image = await createMedia(testDb.db, { uploadedBy: editor.id });
    const story = await createArticle(testDb.db, { leadImageId: image.id, status: "published", slug: `live-${image.id.slice(0, 8)}` });
    await publishArticleRow(testDb.db, story);
    signInAs(editor);
    await updateMediaDetailsAction({ status: "idle" }, detailsForm(image.id, { altText: "New alt", credit: "Photo: X" }));
    expect(edges.publicChanges).toEqual([{ language: "en", slug: story.slug }]);
  });
});

describe("deleting images", () => {
  it("deletes an unused image and its files for its uploader, an editor or an admin", async () => {
    for (const user of [reporter, editor, admin]) {
      signInAs(reporter);
      const { body } = await upload(new Blob([new Uint8Array(jpeg)]), "unused.jpg");
      const [row] = await testDb.db.select().from(media).where(eq(media.id, body.media!.id));
      signInAs(user);
      const result = await deleteMediaAction(row!.id);
      expect(result).toEqual({ ok: true, message: "Deleted unused.jpg." });
      expect(await testDb.db.select().from(media).where(eq(media.id, row!.id))).toEqual([]);
      expect(await edges.storage!.get(row!.storageKey)).toBeNull();
      for (const variant of row!.variants) expect(await edges.storage!.get(variant.key)).toBeNull();
    }
  });

  it("refuses a reporter deleting someone else's image, a deactivated account and nobody", async () => {
    const theirs = await createMedia(testDb.db, { uploadedBy: otherReporter.id });
    for (const user of [reporter, deactivated, null]) {
      signInAs(user);
      const result = await deleteMediaAction(theirs.id);
      expect(result.ok).toBe(false);
    }
    expect(await testDb.db.select().from(media).where(eq(media.id, theirs.id))).toHaveLength(1);
  });

  it("refuses to delete an image any story uses, naming the stories and where", async () => {
    const lead = await createMedia(testDb.db, { uploadedBy: editor.id, filename: "lead.jpg" });
    const figure = await createMedia(testDb.db, { uploadedBy: editor.id, filename: "figure.jpg" });
    const liveOnly = await createMedia(testDb.db, { uploadedBy: editor.id, filename: "live-only.jpg" });
    const leadStory = await createArticle(testDb.db, { headline: "Lead image story", leadImageId: lead.id });
    // A figure nested in a block quote still counts.
    const nestedBody = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Intro." }] },
        { type: "blockquote", content: [{ type: "imageFigure", attrs: { mediaId: figure.id } }] },
      ],
    };
    const figureStory = await createArticle(testDb.db, { headline: "Figure story", body: nestedBody });
    // Live with the figure, while the working copy no longer has it.
    const liveStory = await createArticle(testDb.db, {
      headline: "Live story",
      status: "published",
      body: { type: "doc", content: [{ type: "imageFigure", attrs: { mediaId: liveOnly.id } }] },
    });
    await publishArticleRow(testDb.db, liveStory);
    await testDb.db.update(articles).set({ body: paragraphsDoc(["Rewritten without the image."]) }).where(eq(articles.id, liveStory.id));

    signInAs(editor);
    const usage = await mediaUsageAction(lead.id);
    expect(usage).toMatchObject({ ok: true, usage: [{ articleId: leadStory.id, headline: "Lead image story", places: ["lead image"], live: false }] });

    const refusedLead = await deleteMediaAction(lead.id);
    expect(refusedLead.ok).toBe(false);
    expect(!refusedLead.ok && refusedLead.error).toBe(
      "lead.jpg cannot be deleted: it is used by 1 story: “Lead image story” (lead image). Take it out of those stories first.",
    );

    const refusedFigure = await deleteMediaAction(figure.id);
    expect(!refusedFigure.ok && refusedFigure.usage.map((story) => [story.headline, story.places])).toEqual([["Figure story", ["in the body"]]]);
    expect(figureStory.id).toBe(!refusedFigure.ok ? refusedFigure.usage[0]?.articleId : null);

    const refusedLive = await deleteMediaAction(liveOnly.id);
    expect(!refusedLive.ok && refusedLive.usage.map((story) => [story.headline, story.places, story.live])).toEqual([["Live story", ["in the live body"], true]]);

    for (const image of [lead, figure, liveOnly]) expect(await testDb.db.select().from(media).where(eq(media.id, image.id))).toHaveLength(1);
  });
});

describe("searching the library", () => {
  it("finds images by caption or credit, for anyone who may upload", async () => {
    await createMedia(testDb.db, { caption: "Monks crossing the 100% bridge", credit: "Photo: Kanha" });
    await createMedia(testDb.db, { caption: "Rice harvest", credit: "Photo: Bopha Studio" });
    signInAs(reporter);
    const byCaption = await searchMediaAction({ q: "monks" });
    expect(byCaption.ok && byCaption.items.map((item) => item.caption)).toEqual(["Monks crossing the 100% bridge"]);
    const byCredit = await searchMediaAction({ q: "bopha" });
    expect(byCredit.ok && byCredit.items.map((item) => item.credit)).toEqual(["Photo: Bopha Studio"]);
    const literal = await searchMediaAction({ q: "100%" });
    expect(literal.ok && literal.items).toHaveLength(1);
    signInAs(null);
    expect(await searchMediaAction({ q: "" })).toMatchObject({ ok: false });
  });
});
