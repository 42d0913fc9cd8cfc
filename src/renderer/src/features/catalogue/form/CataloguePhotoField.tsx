import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { PhotoFieldControl } from '../../../components/PhotoFieldControl.tsx';
import { useIntl } from 'react-intl';

/** The clinic's own photo of a splint or a piece of equipment, printed beside it on handouts. */
export function CataloguePhotoField<T extends FieldValues>({ control }: { control: Control<T> }) {
  const intl = useIntl();
  return (
    <fieldset>
      <legend>
        {intl.formatMessage({
          id: 'catalogue.form.cataloguePhotoField.photo',
          defaultMessage: 'Photo',
        })}
      </legend>
      <PhotoFieldControl
        control={control}
        name={'photo' as FieldPath<T>}
        label={intl.formatMessage({
          id: 'catalogue.form.cataloguePhotoField.clinicPhoto',
          defaultMessage: 'Clinic photo',
        })}
        description={intl.formatMessage({
          id: 'catalogue.form.cataloguePhotoField.optionalAPngOr',
          defaultMessage:
            'Optional. A PNG or JPEG of up to 8 MB, such as your own photo of this item. It is printed beside the item on each handout.',
        })}
      />
    </fieldset>
  );
}
