import type { AppApi } from '../../shared/api.ts';
import { preparePhoto } from '../photos/prepare.ts';

/** Photos for the catalogue and for a plan's splints: checked and made print-sized. */
export function photoMethods(): Pick<AppApi, 'photos.prepare'> {
  return {
    'photos.prepare': ({ dataBase64 }) => preparePhoto(Buffer.from(dataBase64, 'base64')),
  };
}
