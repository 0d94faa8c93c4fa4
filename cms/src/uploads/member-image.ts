/**
 * The one way a member's file becomes a stored image. The name, the announced type and the
 * first bytes are the sender's to choose; what we store is not: the file must decode as a
 * JPEG, PNG or WebP picture, and what is kept is a new file we encoded from its pixels, named
 * with the extension of the decoded format. Anything else (a polyglot, an SVG, an HTML page
 * with an image's first bytes, a truncated file, a decompression bomb) is refused.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createLine } from '../utils/line';

export const IMAGE_FORMATS = {
  jpeg: { ext: '.jpg', mime: 'image/jpeg' },
  png: { ext: '.png', mime: 'image/png' },
  webp: { ext: '.webp', mime: 'image/webp' },
} as const;

export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** A decompression bomb is refused before its pixels are decoded: far above any photo's size. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Larger pictures are scaled down: the site never shows more, and it bounds what we store. */
const MAX_SIDE = 4000;

export interface ReencodedImage {
  filepath: string;
  /** Ours, never the sender's. */
  originalFilename: string;
  mimetype: string;
  size: number;
  width: number;
  height: number;
}

export type ImageRefusal = 'not-an-image' | 'too-many-pixels';

function isImageFormat(format: string | undefined): format is ImageFormat {
  return format !== undefined && Object.hasOwn(IMAGE_FORMATS, format);
}

/** Decodes the file and writes a fresh copy; the caller stores that copy, then calls `discard`. */
export async function reencodeImage(inputPath: string): Promise<ReencodedImage | ImageRefusal> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false } as const;
  let format: ImageFormat;
  try {
    const metadata = await sharp(inputPath, { ...options, limitInputPixels: false }).metadata();
    if (!isImageFormat(metadata.format)) return 'not-an-image';
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_INPUT_PIXELS) return 'too-many-pixels';
    format = metadata.format;
  } catch {
    return 'not-an-image';
  }
  const { ext, mime } = IMAGE_FORMATS[format];
  const output = join(tmpdir(), `aec-image-${randomUUID()}${ext}`);
  try {
    // rotate() applies the EXIF orientation; metadata (EXIF, GPS, comments) is not copied.
    const pipeline = sharp(inputPath, options)
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      format === 'jpeg'
        ? pipeline.jpeg({ quality: 85 })
        : format === 'png'
          ? pipeline.png({ compressionLevel: 9 })
          : pipeline.webp({ quality: 85 });
    const info = await encoded.toFile(output);
    return {
      filepath: output,
      originalFilename: `image${ext}`,
      mimetype: mime,
      size: info.size,
      width: info.width,
      height: info.height,
    };
  } catch {
    await discard(output);
    return 'not-an-image';
  }
}

export async function discard(path: string): Promise<void> {
  await rm(path, { force: true });
}

const inLine = createLine();

/**
 * `reencodeImage`, one picture at a time in each process, in the order they came: decoding a large
 * picture takes a core for a while, and many at once would take the machine. `null` when the
 * caller had gone before its turn.
 */
export function reencodeImageInLine(
  inputPath: string,
  callerGone: () => boolean,
): Promise<ReencodedImage | ImageRefusal | null> {
  return inLine(() => reencodeImage(inputPath), callerGone);
}
