import {
  logoSchema,
  MAX_LOGO_BYTES,
  sniffLogoType,
  type Logo,
} from '../../../../shared/domain/settings.ts';

/** The file's bytes as base64 (without the data-URL prefix). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Reads a chosen file as a logo, or says in plain words why it cannot be one. */
export async function readLogo(file: File): Promise<{ logo: Logo } | { error: string }> {
  if (file.size > MAX_LOGO_BYTES) {
    return { error: `“${file.name}” is larger than 1 MB. Choose a smaller picture.` };
  }
  const dataBase64 = await readAsBase64(file);
  const mediaType = sniffLogoType(dataBase64);
  if (!mediaType) return { error: `“${file.name}” is not a PNG or JPEG picture.` };
  const checked = logoSchema.safeParse({ mediaType, dataBase64 });
  return checked.success
    ? { logo: checked.data }
    : { error: checked.error.issues[0]?.message ?? 'That picture cannot be used' };
}

export const logoSrc = (logo: Logo) => `data:${logo.mediaType};base64,${logo.dataBase64}`;
