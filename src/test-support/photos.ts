import sharp from 'sharp';
import type { Photo } from '../shared/domain/photo.ts';
import { preparePhoto } from '../main/photos/prepare.ts';

/**
 * A picture file as a camera or a screenshot tool would save it: a gradient with noise (so it
 * compresses like a photo, not like a flat colour), `width` by `height` pixels.
 */
export async function photoFile(
  width: number,
  height: number,
  format: 'jpeg' | 'png' = 'jpeg',
  options: { orientation?: number; alpha?: boolean } = {},
): Promise<Buffer> {
  const image = sharp({
    create: {
      width,
      height,
      channels: options.alpha ? 4 : 3,
      background: { r: 200, g: 120, b: 90, alpha: options.alpha ? 0.5 : 1 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  });
  const encoded = format === 'png' ? image.png() : image.jpeg({ quality: 90 });
  return (
    options.orientation ? encoded.withMetadata({ orientation: options.orientation }) : encoded
  ).toBuffer();
}

/** A photo as the app stores it, from a `width` by `height` camera picture. */
export async function samplePhoto(
  description: string,
  width = 1000,
  height = 1000,
): Promise<Photo> {
  return { ...(await preparePhoto(await photoFile(width, height))), description };
}
