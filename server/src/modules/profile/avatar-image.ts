import sharp from 'sharp';
import { AvatarNotAnImageError, AvatarTooManyPixelsError } from './profile.errors';

/** What an avatar upload may weigh: checked on the stream, so a larger body is never held whole. */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
/**
 * The most pixels an input may declare. A 10,000 × 10,000 PNG of one colour compresses to ~300 KB but decodes to
 * 300 MB; libvips reads the header, sees the size and refuses before decoding.
 */
export const AVATAR_MAX_INPUT_PIXELS = 25_000_000;
/** Stored and served size: square, cropped to cover. */
export const AVATAR_SIZE = 256;

/**
 * Only the three loaders avatars need may run in this process: libvips also parses SVG (librsvg), GIF, TIFF, PDF,
 * HEIF and more, each more attack surface. Blocking them here means even a file that slipped past `sniffFormat`
 * is refused by libvips itself. Saving (WebP) and `sharp({ create })` are unaffected. Process-wide: sharp is used
 * for avatars only; a future feature that needs another loader unblocks it deliberately.
 */
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({ operation: ['VipsForeignLoadPngBuffer', 'VipsForeignLoadJpegBuffer', 'VipsForeignLoadWebpBuffer'] });

export type AvatarFormat = 'png' | 'jpeg' | 'webp';

/** The format by the file's first bytes (its signature), never by its name or the browser's declared type. */
export function sniffFormat(bytes: Buffer): AvatarFormat | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * Checks an uploaded image and makes the stored avatar of it: 256 × 256 WebP, cropped to cover, turned upright by
 * its EXIF orientation, and re-encoded, so nothing of the original file survives (EXIF, GPS, XMP, ICC, comments,
 * trailing bytes). The signature, libvips' own format detection and the pixel cap must all agree before decoding.
 */
export async function processAvatar(bytes: Buffer): Promise<Buffer> {
  const sniffed = sniffFormat(bytes);
  if (!sniffed) throw new AvatarNotAnImageError();
  const input = () => sharp(bytes, { limitInputPixels: AVATAR_MAX_INPUT_PIXELS, failOn: 'error', animated: false });
  let metadata: sharp.Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    throw refusalFor(error);
  }
  if (metadata.format !== sniffed) throw new AvatarNotAnImageError();
  const { width = 0, height = 0 } = metadata;
  if (width * height > AVATAR_MAX_INPUT_PIXELS) throw new AvatarTooManyPixelsError(AVATAR_MAX_INPUT_PIXELS);
  try {
    return await input()
      .autoOrient()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 85 })
      .toBuffer();
  } catch (error) {
    throw refusalFor(error);
  }
}

/** libvips' complaint as the user's error: too many pixels, or not a readable image (truncated, corrupt, blocked). */
function refusalFor(error: unknown): Error {
  if (error instanceof Error && /pixel limit/i.test(error.message)) return new AvatarTooManyPixelsError(AVATAR_MAX_INPUT_PIXELS);
  return new AvatarNotAnImageError();
}
