import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageRejectedError, MAX_IMAGE_BYTES, processImage, type ProcessedFile } from "@/lib/media/process-image";

const ARTIST = "Test Photographer Kanha";
const SERIAL = "SN-TEST-4417";
const XMP_CREATOR = "xmp-creator-Bopha";
const GPS_IFD_POINTER = 0x8825;

function sceneSvg(width: number, height: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect width="100%" height="100%" fill="#2a4d69"/>` +
      `<circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#f4b942"/></svg>`,
  );
}

/** The tag numbers of IFD0 in a raw EXIF block as sharp reports it ("Exif\0\0" then TIFF). */
function ifd0Tags(exif: Buffer): number[] {
  const tiff = exif.subarray(6);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (offset: number) => (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset));
  const u32 = (offset: number) => (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset));
  const ifd = u32(4);
  const tags: number[] = [];
  for (let index = 0; index < u16(ifd); index++) tags.push(u16(ifd + 2 + index * 12));
  return tags;
}

/** An IPTC block (by-line) in a Photoshop APP13 segment, inserted right after the JPEG's SOI marker. */
function withIptcByline(jpeg: Buffer, byline: string): Buffer {
  const value = Buffer.from(byline, "latin1");
  const iptc = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0x00, value.length]), value]);
  const resourceHeader = Buffer.alloc(12);
  resourceHeader.write("8BIM", 0, "latin1");
  resourceHeader.writeUInt16BE(0x0404, 4); // IPTC-NAA record
  resourceHeader.writeUInt16BE(0, 6); // empty Pascal name, padded to even length
  resourceHeader.writeUInt32BE(iptc.length, 8);
  const padding = iptc.length % 2 === 1 ? Buffer.from([0]) : Buffer.alloc(0);
  const payload = Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), resourceHeader, iptc, padding]);
  const marker = Buffer.from([0xff, 0xed, 0, 0]);
  marker.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)]);
}

/** A camera-like JPEG: EXIF with artist, camera serial and GPS position, XMP, IPTC and a Display P3 profile. */
async function cameraJpeg(width: number, height: number, orientation = 1): Promise<Buffer> {
  const jpeg = await sharp(sceneSvg(width, height))
    .withIccProfile("p3")
    .withMetadata({ orientation })
    .withExifMerge({
      IFD0: { Artist: ARTIST, Make: "TestCam", Model: "Field 7" },
      IFD2: { BodySerialNumber: SERIAL },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "11/1 33/1 25/1", GPSLongitudeRef: "E", GPSLongitude: "104/1 55/1 7/1" },
    })
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${XMP_CREATOR}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`)
    .jpeg({ quality: 90 })
    .toBuffer();
  return withIptcByline(jpeg, ARTIST);
}

async function expectNoMetadata(file: ProcessedFile): Promise<void> {
  const metadata = await sharp(file.data).metadata();
  expect(metadata.exif).toBeUndefined();
  expect(metadata.xmp).toBeUndefined();
  expect(metadata.iptc).toBeUndefined();
  expect(metadata.icc).toBeUndefined();
  expect(metadata.orientation).toBeUndefined();
  const raw = file.data.toString("latin1");
  for (const secret of [ARTIST, SERIAL, XMP_CREATOR, "TestCam"]) expect(raw).not.toContain(secret);
  expect(metadata.width).toBe(file.width);
  expect(metadata.height).toBe(file.height);
  expect(file.bytes).toBe(file.data.length);
}

async function rejection(input: Buffer, filename: string): Promise<ImageRejectedError> {
  const error = await processImage(input, filename).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return error as ImageRejectedError;
}

describe("processImage", () => {
  it("strips EXIF (GPS, serial, artist), XMP, IPTC and ICC from the original and every variant", async () => {
    const input = await cameraJpeg(2000, 1200);
    // The input really carries what must be removed.
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain(ARTIST);
    expect(before.exif?.toString("latin1")).toContain(SERIAL);
    expect(ifd0Tags(before.exif ?? Buffer.alloc(0))).toContain(GPS_IFD_POINTER);
    expect(before.xmpAsString).toContain(XMP_CREATOR);
    expect(before.iptc?.toString("latin1")).toContain(ARTIST);
    expect(before.icc).toBeDefined();

    const result = await processImage(input, "field-photo.jpg");

    expect(result.sourceFormat).toBe("jpeg");
    expect(result.original).toMatchObject({ contentType: "image/jpeg", width: 2000, height: 1200 });
    expect((await sharp(result.original.data).metadata()).format).toBe("jpeg");
    await expectNoMetadata(result.original);
    expect(result.variants.map((variant) => [variant.width, variant.height])).toEqual([
      [480, 288],
      [960, 576],
      [1600, 960],
    ]);
    for (const variant of result.variants) {
      expect(variant.contentType).toBe("image/webp");
      expect((await sharp(variant.data).metadata()).format).toBe("webp");
      await expectNoMetadata(variant);
    }
  });

  it("turns the picture upright from its EXIF orientation and never upscales", async () => {
    // Stored 600 wide and 400 high, but orientation 6 means it is shown rotated: 400 × 600.
    const result = await processImage(await cameraJpeg(600, 400, 6), "sideways.jpg");
    expect([result.original.width, result.original.height]).toEqual([400, 600]);
    expect(result.variants.map((variant) => [variant.width, variant.height])).toEqual([[400, 600]]);
    await expectNoMetadata(result.original);
  });

  it("scales the stored original to a 2400px long edge", async () => {
    const wide = await sharp(sceneSvg(3600, 1200)).jpeg().toBuffer();
    const result = await processImage(wide, "panorama.jpg");
    expect([result.original.width, result.original.height]).toEqual([2400, 800]);
    expect(result.variants.map((variant) => variant.width)).toEqual([480, 960, 1600]);
  });

  it("accepts PNG, WebP, GIF and AVIF by content, whatever the file is called", async () => {
    const scene = sceneSvg(640, 360);
    const inputs = {
      png: await sharp(scene).png().toBuffer(),
      webp: await sharp(scene).webp().toBuffer(),
      gif: await sharp(scene).gif().toBuffer(),
      avif: await sharp(scene).avif().toBuffer(),
    };
    for (const [format, input] of Object.entries(inputs)) {
      const result = await processImage(input, "misnamed.jpg");
      expect(result.sourceFormat).toBe(format);
      expect(result.variants.map((variant) => variant.width)).toEqual([480, 640]);
    }
  });

  it("converts CMYK and greyscale uploads to 8-bit sRGB", async () => {
    const base = sharp({ create: { width: 800, height: 500, channels: 3, background: "#c04020" } });
    const cmyk = await base.clone().toColourspace("cmyk").jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe("cmyk");
    const grey16 = await base.clone().greyscale().toColourspace("grey16").png().toBuffer();
    expect((await sharp(grey16).metadata()).depth).toBe("ushort");
    for (const [input, name] of [
      [cmyk, "print.jpg"],
      [grey16, "scan.png"],
    ] as const) {
      const { original } = await processImage(input, name);
      const metadata = await sharp(original.data).metadata();
      expect([metadata.space, metadata.depth, metadata.channels]).toEqual(["srgb", "uchar", 3]);
    }
  });

  it("keeps transparency by storing a WebP original", async () => {
    const translucent = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 10, g: 80, b: 160, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const result = await processImage(translucent, "logo.png");
    expect(result.original.contentType).toBe("image/webp");
    expect((await sharp(result.original.data).metadata()).hasAlpha).toBe(true);
  });

  it("refuses a text file named .jpg", async () => {
    const error = await rejection(Buffer.from("Meeting notes, not a photograph.\n"), "notes.jpg");
    expect(error.message).toBe("notes.jpg: the file is damaged or not an image");
    expect(error.reason).toBe("damaged");
  });

  it("refuses SVG, even under a .jpg name", async () => {
    for (const filename of ["drawing.svg", "drawing.jpg"]) {
      const error = await rejection(sceneSvg(200, 100), filename);
      expect(error.message).toBe(`${filename}: not a supported image (JPEG, PNG, WebP, GIF or AVIF)`);
      expect(error.reason).toBe("unsupported");
    }
  });

  it("refuses a HEIC-branded file as unsupported", async () => {
    const ftyp = Buffer.alloc(24);
    ftyp.writeUInt32BE(24, 0);
    ftyp.write("ftypheic", 4, "latin1");
    ftyp.write("mif1heic", 16, "latin1");
    const error = await rejection(Buffer.concat([ftyp, Buffer.alloc(200)]), "photo.heic");
    expect(error.message).toBe("photo.heic: not a supported image (JPEG, PNG, WebP, GIF or AVIF)");
  });

  it("refuses a truncated JPEG", async () => {
    const whole = await sharp(sceneSvg(800, 600)).jpeg().toBuffer();
    const error = await rejection(whole.subarray(0, Math.floor(whole.length / 2)), "cut.jpg");
    expect(error.message).toBe("cut.jpg: the file is damaged or not an image");
  });

  it("refuses a file over the size limit before decoding it", async () => {
    // 24.1 MB of zeros behind a JPEG signature: decoding it would fail, so the
    // size message proves the limit is checked first.
    const big = Buffer.alloc(Math.round(24.1 * 1024 * 1024));
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const error = await rejection(big, "big.jpg");
    expect(error.message).toBe("big.jpg: 24.1 MB is over the 20 MB limit");
    expect(error.reason).toBe("too-large");
    expect(MAX_IMAGE_BYTES).toBe(20 * 1024 * 1024);
  });
});
