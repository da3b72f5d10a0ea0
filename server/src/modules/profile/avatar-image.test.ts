import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processAvatar, sniffFormat } from './avatar-image';
import { AvatarNotAnImageError } from './profile.errors';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#336699' } });

describe('sniffFormat', () => {
  it('knows PNG, JPEG and WebP by their first bytes, and nothing else', async () => {
    expect(sniffFormat(await solid(4, 4).png().toBuffer())).toBe('png');
    expect(sniffFormat(await solid(4, 4).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffFormat(await solid(4, 4).webp().toBuffer())).toBe('webp');
    expect(sniffFormat(await solid(4, 4).gif().toBuffer())).toBeNull();
    expect(sniffFormat(await solid(4, 4).tiff().toBuffer())).toBeNull();
    expect(sniffFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffFormat(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffFormat(Buffer.alloc(0))).toBeNull();
  });
});

describe('processAvatar', () => {
  it('refuses a truncated image whose header looks right', async () => {
    const png = await solid(300, 300).png().toBuffer();
    await expect(processAvatar(png.subarray(0, 60))).rejects.toBeInstanceOf(AvatarNotAnImageError);
  });

  it('leaves only the PNG, JPEG and WebP loaders in libvips: a GIF or TIFF is not even decoded', async () => {
    const gif = await solid(4, 4).gif().toBuffer();
    const tiff = await solid(4, 4).tiff().toBuffer();
    await expect(sharp(gif).metadata()).rejects.toThrow(/unsupported image format/);
    await expect(sharp(tiff).metadata()).rejects.toThrow(/unsupported image format/);
    expect((await sharp(await solid(4, 4).webp().toBuffer()).metadata()).format).toBe('webp');
  });
});
