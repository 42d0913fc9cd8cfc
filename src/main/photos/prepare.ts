import sharp from 'sharp';
import { AppError } from '../../shared/app-error.ts';
import {
  MAX_PHOTO_FILE_BYTES,
  PHOTO_MAX_PIXELS,
  type PreparedPhoto,
} from '../../shared/domain/photo.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
/** A 50-megapixel photo is the largest decoded: a bigger one is not a photo of a splint. */
const MAX_INPUT_PIXELS = 50_000_000;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

const refuse = (message: string): never => {
  throw new AppError('invalid-input', message, { photo: message });
};

/**
 * A chosen PNG or JPEG (known by its first bytes, whatever its name says) made ready to
 * print: turned upright as the camera meant, made no larger than PHOTO_MAX_PIXELS on its
 * longer side, put on white where it was transparent, and saved as a JPEG with no metadata
 * (a phone photo's location and camera details never reach a handout or a record file).
 */
export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
  if (bytes.length > MAX_PHOTO_FILE_BYTES)
    refuse('The picture is larger than 8 MB. Choose a smaller one.');
  if (!startsWith(bytes, PNG) && !startsWith(bytes, JPEG))
    refuse('The file is not a PNG or JPEG picture. Choose a photo saved as PNG or JPEG.');
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { jpegBase64: data.toString('base64'), width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse('The picture could not be read: it may be damaged. Choose another.');
  }
}
