import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { formatMegabytes, MAX_IMAGE_BYTES } from "./upload-limits";

export { MAX_IMAGE_BYTES };
/** Guards against decompression bombs: a small file that decodes to a huge bitmap. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** The stored original is scaled down to this long edge. */
export const MAX_ORIGINAL_EDGE = 2400;
/** Widths of the responsive WebP variants. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
const WIDEST_VARIANT = 1600;

export type SupportedImageFormat = "jpeg" | "png" | "webp" | "gif" | "avif";

export type ImageRejectionReason = "too-large" | "too-many-pixels" | "unsupported" | "damaged";

/** Thrown for an upload Masthead will not store; the message is written for the person uploading. */
export class ImageRejectedError extends Error {
  override name = "ImageRejectedError";
  readonly reason: ImageRejectionReason;
  readonly filename: string;

  constructor(filename: string, reason: ImageRejectionReason, detail: string) {
    super(`${filename}: ${detail}`);
    this.filename = filename;
    this.reason = reason;
  }
}

export type ProcessedFile = {
  data: Buffer;
  contentType: "image/jpeg" | "image/webp";
  extension: "jpg" | "webp";
  width: number;
  height: number;
  bytes: number;
};

export type ProcessedImage = {
  /** The format the upload really was, found from its bytes. */
  sourceFormat: SupportedImageFormat;
  original: ProcessedFile;
  /** WebP renditions, narrowest first; none is wider than the original. */
  variants: ProcessedFile[];
};

const UNSUPPORTED = "not a supported image (JPEG, PNG, WebP, GIF or AVIF)";
const DAMAGED = "the file is damaged or not an image";

function startsWith(input: Buffer, bytes: readonly number[], offset = 0): boolean {
  if (input.length < offset + bytes.length) return false;
  return bytes.every((byte, index) => input[offset + index] === byte);
}

function ascii(input: Buffer, start: number, end: number): string {
  return input.subarray(start, Math.min(end, input.length)).toString("latin1");
}

/** The ISO-BMFF brands (major and compatible) of an ftyp box, or null when there is none. */
function isoBrands(input: Buffer): string[] | null {
  if (input.length < 16 || ascii(input, 4, 8) !== "ftyp") return null;
  const boxSize = Math.min(input.readUInt32BE(0), input.length, 4096);
  const brands = [ascii(input, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(input, offset, offset + 4));
  return brands;
}

/**
 * The upload's format from its first bytes. The file name and the browser's
 * claimed type are ignored: both are chosen by whoever sends the file.
 */
function sniffFormat(input: Buffer): SupportedImageFormat | null {
  if (startsWith(input, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(input, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(input, 0, 6) === "GIF87a" || ascii(input, 0, 6) === "GIF89a") return "gif";
  if (ascii(input, 0, 4) === "RIFF" && ascii(input, 8, 12) === "WEBP") return "webp";
  const brands = isoBrands(input);
  if (brands && (brands.includes("avif") || brands.includes("avis"))) return "avif";
  return null;
}

/**
 * Recognises other image formats people commonly try (phone HEIC photos, TIFF
 * scans, SVG, BMP, PDF), so they are told the format is unsupported rather than
 * that the file is broken. These bytes are never handed to a decoder.
 */
function looksLikeOtherImage(input: Buffer): boolean {
  if (isoBrands(input)) return true; // HEIC/HEIF and other ISO-BMFF images
  if (startsWith(input, [0x49, 0x49, 0x2a, 0x00]) || startsWith(input, [0x4d, 0x4d, 0x00, 0x2a])) return true; // TIFF
  if (ascii(input, 0, 2) === "BM" || ascii(input, 0, 4) === "%PDF") return true;
  if (startsWith(input, [0xff, 0x0a]) || ascii(input, 4, 12) === "jP  \r\n\x87\n") return true; // JPEG XL, JPEG 2000
  const head = ascii(input, 0, 1024).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}

const SHARP_FORMAT: Record<SupportedImageFormat, string> = {
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  gif: "gif",
  avif: "heif",
};

async function encode(pipeline: Sharp, as: "jpeg" | "webp", quality: number): Promise<ProcessedFile> {
  const encoded = as === "jpeg" ? pipeline.jpeg({ quality, mozjpeg: true }) : pipeline.webp({ quality, effort: 4 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return {
    data,
    contentType: as === "jpeg" ? "image/jpeg" : "image/webp",
    extension: as === "jpeg" ? "jpg" : "webp",
    width: info.width,
    height: info.height,
    bytes: data.length,
  };
}

/**
 * Checks an upload by its content and re-encodes it for publishing: turned
 * upright from its EXIF orientation, scaled to at most 2400px, converted to
 * sRGB and stripped of every piece of metadata (EXIF with GPS position and
 * camera serial, XMP, IPTC, ICC), since photos from the field can give away a
 * source's location or a photographer's identity. Returns the original (JPEG,
 * or WebP when it has transparency) and WebP variants for responsive images.
 * Throws ImageRejectedError for anything it will not store.
 */
export async function processImage(input: Buffer, filename: string): Promise<ProcessedImage> {
  if (input.length > MAX_IMAGE_BYTES) {
    throw new ImageRejectedError(
      filename,
      "too-large",
      `${formatMegabytes(input.length)} is over the ${MAX_IMAGE_BYTES / (1024 * 1024)} MB limit`,
    );
  }
  const sourceFormat = sniffFormat(input);
  if (!sourceFormat) {
    if (looksLikeOtherImage(input)) throw new ImageRejectedError(filename, "unsupported", UNSUPPORTED);
    throw new ImageRejectedError(filename, "damaged", DAMAGED);
  }

  // failOn "truncated" refuses cut-off files but tolerates the harmless
  // warnings many cameras' JPEGs trigger. Only the first frame of an animated
  // GIF or WebP is read: a news photo is a still.
  const options = { failOn: "truncated", limitInputPixels: MAX_IMAGE_PIXELS } as const;
  let metadata: Metadata;
  try {
    metadata = await sharp(input, options).metadata();
  } catch {
    throw new ImageRejectedError(filename, "damaged", DAMAGED);
  }
  // The decoder must agree with the magic bytes; an AVIF brand wrapped around
  // HEVC data, for instance, is a HEIC photo in disguise.
  if (metadata.format !== SHARP_FORMAT[sourceFormat] || (sourceFormat === "avif" && metadata.compression !== "av1")) {
    throw new ImageRejectedError(filename, "unsupported", UNSUPPORTED);
  }
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) {
    const megapixels = Math.round((metadata.width * metadata.height) / 1_000_000);
    throw new ImageRejectedError(filename, "too-many-pixels", `${megapixels} megapixels is over the ${MAX_IMAGE_PIXELS / 1_000_000}-megapixel limit`);
  }

  // Decode once, upright, scaled and in 8-bit sRGB; every output is encoded
  // from these pixels, so the upload is decompressed a single time.
  let pixels: { data: Buffer; info: OutputInfo };
  try {
    pixels = await sharp(input, options)
      .autoOrient()
      .resize({ width: MAX_ORIGINAL_EDGE, height: MAX_ORIGINAL_EDGE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejectedError(filename, "damaged", DAMAGED);
  }
  const { width, height, channels } = pixels.info;
  const hasAlpha = channels === 4 || channels === 2;
  const fromPixels = () => sharp(pixels.data, { raw: { width, height, channels } });

  const original = await encode(fromPixels(), hasAlpha ? "webp" : "jpeg", 85);

  // Never upscaled: widths the image does not reach are dropped, and a
  // full-width WebP takes the place of the largest one missing.
  const widths: number[] = VARIANT_WIDTHS.filter((target) => target < width);
  if (width <= WIDEST_VARIANT) widths.push(width);
  const variants = await Promise.all(widths.map((target) => encode(fromPixels().resize({ width: target }), "webp", 80)));

  return { sourceFormat, original, variants };
}
