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

/**
 * A drawn stand-in for a real photo (a hand in a splint, or a jar opener), so a sample handout
 * shows what a photo looks like on the page: 1200 by 900 pixels, prepared as the app prepares one.
 */
export async function drawnPhoto(what: 'splint' | 'jar', description: string): Promise<Photo> {
  const scene =
    what === 'splint'
      ? `<rect width="1200" height="900" fill="#dfe6ea"/>
         <rect x="80" y="330" width="760" height="260" rx="120" fill="#e2b89a"/>
         <rect x="780" y="350" width="330" height="60" rx="30" fill="#e2b89a"/>
         <rect x="780" y="430" width="360" height="60" rx="30" fill="#e2b89a"/>
         <rect x="780" y="510" width="330" height="60" rx="30" fill="#e2b89a"/>
         <rect x="60" y="300" width="980" height="320" rx="60" fill="#f4f6f8" opacity="0.85"/>
         <rect x="240" y="280" width="70" height="360" fill="#1f5f99"/>
         <rect x="560" y="280" width="70" height="360" fill="#1f5f99"/>`
      : `<rect width="1200" height="900" fill="#f2efe8"/>
         <rect x="0" y="0" width="1200" height="160" fill="#b48a5a"/>
         <path d="M420 160 L780 160 L700 420 L500 420 Z" fill="#9aa4ad"/>
         <rect x="470" y="420" width="260" height="340" rx="40" fill="#c96b3c"/>
         <rect x="450" y="400" width="300" height="70" rx="20" fill="#e6d9b8"/>`;
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">${scene}</svg>`,
  );
  const jpeg = await sharp(svg).jpeg({ quality: 90 }).toBuffer();
  return { ...(await preparePhoto(jpeg)), description };
}
