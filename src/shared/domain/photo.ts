import { z } from 'zod';
import { sniffLogoType } from './settings.ts';
import { PRINTED, requiredLine } from './text-fields.ts';

/**
 * A photo a handout prints beside an item: the clinic's own picture of a catalogue item, or this
 * patient's splint on their hand. Stored as it prints: a JPEG already made small enough for
 * print (PHOTO_MAX_PIXELS on its longer side: about 300 dpi at the size the handout prints it),
 * with no camera metadata, and a short description a screen reader reads in its place.
 */

/** The longest side, in pixels, of a stored photo: 300 dpi across 3 inches. */
export const PHOTO_MAX_PIXELS = 900;
/** The largest picture file a therapist can choose (a phone photo is 2 to 6 MB). */
export const MAX_PHOTO_FILE_BYTES = 8 * 1024 * 1024;
/** The same in base64 characters, as the file travels to be prepared. */
export const MAX_PHOTO_FILE_BASE64 = Math.ceil(MAX_PHOTO_FILE_BYTES / 3) * 4;
/** A prepared photo's JPEG, in base64 characters: about 600 KB (one is usually 80 to 200 KB). */
const MAX_PHOTO_BASE64 = 800_000;

export const photoDescription = requiredLine('Photo description', 150, PRINTED);

export const photoSchema = z
  .strictObject({
    jpegBase64: z
      .string({ error: 'The photo must be an image' })
      .max(MAX_PHOTO_BASE64, 'The photo is too large: choose it again so it is made smaller'),
    width: z.int().min(1).max(PHOTO_MAX_PIXELS),
    height: z.int().min(1).max(PHOTO_MAX_PIXELS),
    description: photoDescription,
  })
  .refine((p) => sniffLogoType(p.jpegBase64) === 'image/jpeg', {
    message: 'The photo must be a JPEG prepared by JointPlan: choose it again',
    path: ['jpegBase64'],
  });
export type Photo = z.output<typeof photoSchema>;

/** A photo as stored: types and structure only (see storedCatalogueContentSchema). */
export const storedPhotoSchema = z.object({
  jpegBase64: z.string(),
  width: z.number(),
  height: z.number(),
  description: z.string(),
}) satisfies z.ZodType<Photo>;

/** A chosen picture file, sent to be checked and made print-sized. */
export const photoFileSchema = z.strictObject({
  dataBase64: z
    .string({ error: 'The picture must be a file' })
    .max(MAX_PHOTO_FILE_BASE64, 'The picture is larger than 8 MB. Choose a smaller one.'),
});

/** A picture made ready to print; the therapist adds its description. */
export type PreparedPhoto = Omit<Photo, 'description'>;
