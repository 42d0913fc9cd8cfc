import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error.ts';
import { MAX_PHOTO_FILE_BYTES, PHOTO_MAX_PIXELS, photoSchema } from '../../shared/domain/photo.ts';
import { photoFile } from '../../test-support/photos.ts';
import { preparePhoto } from './prepare.ts';

const refusal = async (bytes: Uint8Array) => {
  const error = await preparePhoto(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).message;
};

describe('preparing a chosen photo for print', () => {
  it('makes a large camera JPEG print-sized, keeping its shape', async () => {
    const prepared = await preparePhoto(await photoFile(3000, 2000));
    expect([prepared.width, prepared.height]).toEqual([PHOTO_MAX_PIXELS, 600]);
    const bytes = Buffer.from(prepared.jpegBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(photoSchema.safeParse({ ...prepared, description: 'A splint' }).success).toBe(true);
  });

  it('turns a PNG into a JPEG on white, and never enlarges a small picture', async () => {
    const prepared = await preparePhoto(await photoFile(300, 200, 'png', { alpha: true }));
    expect([prepared.width, prepared.height]).toEqual([300, 200]);
    const meta = await sharp(Buffer.from(prepared.jpegBase64, 'base64')).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.hasAlpha).toBe(false);
  });

  it('stands a phone photo upright and drops its metadata (location, camera)', async () => {
    // Orientation 6: stored on its side, shown turned a quarter clockwise.
    const prepared = await preparePhoto(await photoFile(1200, 800, 'jpeg', { orientation: 6 }));
    expect([prepared.width, prepared.height]).toEqual([600, 900]);
    const meta = await sharp(Buffer.from(prepared.jpegBase64, 'base64')).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('refuses what is not a PNG or JPEG by its first bytes, whatever it claims', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    expect(await refusal(gif)).toMatch(/not a PNG or JPEG/);
    expect(await refusal(Buffer.from('%PDF-1.7 a handout'))).toMatch(/not a PNG or JPEG/);
  });

  it('refuses a damaged picture and one over the size limit, with plain reasons', async () => {
    const good = await photoFile(400, 400);
    expect(await refusal(good.subarray(0, 200))).toMatch(/could not be read/);
    const huge = Buffer.alloc(MAX_PHOTO_FILE_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect(await refusal(huge)).toMatch(/larger than 8 MB/);
  });
});
