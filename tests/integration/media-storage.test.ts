import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { media } from "@/db/schema";
import { GET } from "@/app/media/[...key]/route";
import { ImageRejectedError } from "@/lib/media/process-image";
import { mediaUrl, srcSetFor } from "@/lib/media/media-url";
import { DiskMediaStorage, getMediaStorage, InvalidMediaKeyError } from "@/lib/media/storage";
import { storeImage } from "@/lib/media/store-image";
import { createTestDatabase, type TestDatabase } from "../support/db";

let scratch: string;
let previousDataDir: string | undefined;

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), "masthead-media-"));
  // getMediaStorage() keeps files under <data folder>/media.
  previousDataDir = process.env.MASTHEAD_DATA_DIR;
  process.env.MASTHEAD_DATA_DIR = path.join(scratch, "data");
});

afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.MASTHEAD_DATA_DIR;
  else process.env.MASTHEAD_DATA_DIR = previousDataDir;
  await fs.rm(scratch, { recursive: true, force: true });
});

const TRAVERSALS = [
  "../escape.jpg",
  "a/../../escape.jpg",
  "/etc/passwd",
  "a/./b.jpg",
  "..\\escape.jpg",
  "%2e%2e/escape.jpg",
  "a//b.jpg",
  "",
  "a/b.exe",
  "A/B.JPG",
];

describe("DiskMediaStorage", () => {
  it("puts, gets and deletes files by key", async () => {
    const storage = new DiskMediaStorage(path.join(scratch, "disk"));
    const data = Buffer.from("not really a jpeg, storage does not care");
    await storage.put("abc/original.jpg", data, "image/jpeg");
    expect(await storage.get("abc/original.jpg")).toEqual(data);
    expect(await fs.readFile(path.join(scratch, "disk", "abc", "original.jpg"))).toEqual(data);

    await storage.delete("abc/original.jpg");
    expect(await storage.get("abc/original.jpg")).toBeNull();
    // Deleting again, or a key never stored, is not an error.
    await storage.delete("abc/original.jpg");
    expect(await storage.get("never/stored.webp")).toBeNull();
  });

  it("refuses keys that could leave the media folder", async () => {
    const storage = new DiskMediaStorage(path.join(scratch, "jail", "media"));
    for (const key of TRAVERSALS) {
      await expect(storage.put(key, Buffer.from("x"), "image/jpeg"), key).rejects.toBeInstanceOf(InvalidMediaKeyError);
      await expect(storage.get(key), key).rejects.toBeInstanceOf(InvalidMediaKeyError);
      await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidMediaKeyError);
    }
    // Nothing was written anywhere under the scratch "jail".
    await expect(fs.readdir(path.join(scratch, "jail"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("refuses a content type that does not match the key", async () => {
    const storage = new DiskMediaStorage(path.join(scratch, "types"));
    await expect(storage.put("x/original.jpg", Buffer.from("x"), "text/html")).rejects.toBeInstanceOf(InvalidMediaKeyError);
  });
});

describe("GET /media/[...key]", () => {
  const call = (key: string[]) => GET(new Request(`http://localhost/media/${key.join("/")}`), { params: Promise.resolve({ key }) });

  it("serves a stored file with its type and a year-long immutable cache", async () => {
    const data = Buffer.from("RIFF....WEBPdata");
    await getMediaStorage().put("route-test/w480.webp", data, "image/webp");
    const response = await call(["route-test", "w480.webp"]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(data);
    // It came from <data folder>/media.
    await fs.access(path.join(scratch, "data", "media", "route-test", "w480.webp"));
  });

  it("answers 404 for unknown and invalid keys", async () => {
    for (const key of [["nothing", "here.jpg"], ["..", "..", "etc", "passwd"], ["route-test", "w480.webp.tmp"], ["route-test"]]) {
      const response = await call(key);
      expect(response.status, key.join("/")).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("storeImage", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("writes the original and variants and records them in the media table", async () => {
    const storage = new DiskMediaStorage(path.join(scratch, "stored"));
    const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#336699" } }).jpeg().toBuffer();
    const row = await storeImage(database.db, storage, {
      buffer,
      filename: "C:\\Users\\sok\\Desktop\\market\u0007.jpg",
      uploadedBy: null,
      altText: " Stalls at a riverside market ",
      caption: "Vendors set up before dawn.",
      credit: "Illustration: test",
    });

    expect(row).toMatchObject({ mimeType: "image/jpeg", width: 1200, height: 800, filename: "market.jpg", altText: "Stalls at a riverside market" });
    expect(row.storageKey).toBe(`${row.id}/original.jpg`);
    expect(row.variants.map((variant) => variant.width)).toEqual([480, 960, 1200]);
    const original = await storage.get(row.storageKey);
    expect(original?.length).toBe(row.byteSize);
    for (const variant of row.variants) {
      const file = await storage.get(variant.key);
      expect(file?.length).toBe(variant.bytes);
      expect((await sharp(file ?? Buffer.alloc(0)).metadata()).width).toBe(variant.width);
    }
    const [saved] = await database.db.select().from(media).where(eq(media.id, row.id));
    expect(saved?.variants).toEqual(row.variants);

    expect(mediaUrl(row.storageKey)).toBe(`/media/${row.id}/original.jpg`);
    expect(srcSetFor(row)).toBe(`/media/${row.id}/w480.webp 480w, /media/${row.id}/w960.webp 960w, /media/${row.id}/w1200.webp 1200w`);
  });

  it("stores nothing for a refused upload", async () => {
    const root = path.join(scratch, "refused");
    const storage = new DiskMediaStorage(root);
    const before = await database.db.select().from(media);
    await expect(storeImage(database.db, storage, { buffer: Buffer.from("<html></html>"), filename: "page.jpg", uploadedBy: null })).rejects.toBeInstanceOf(
      ImageRejectedError,
    );
    expect(await database.db.select().from(media)).toHaveLength(before.length);
    await expect(fs.readdir(root)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("removes the files again when the database refuses the row", async () => {
    const root = path.join(scratch, "rollback");
    const storage = new DiskMediaStorage(root);
    const buffer = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#993366" } }).jpeg().toBuffer();
    // No such user: the foreign key fails after the files are written.
    const missingUser = "00000000-0000-4000-8000-000000000000";
    await expect(storeImage(database.db, storage, { buffer, filename: "x.jpg", uploadedBy: missingUser })).rejects.toThrow();
    const leftovers = await fs.readdir(root, { recursive: true, withFileTypes: true });
    expect(leftovers.filter((entry) => entry.isFile())).toEqual([]);
  });
});
