import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  DAILY_ACTIVITIES,
  DAILY_ACTIVITY_LABELS,
  equipmentContentSchema,
  type EquipmentContent,
} from '../../../../../shared/domain/catalogue.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CatalogueFormShell, type CatalogueFormProps } from './CatalogueFormShell.tsx';
import { ParagraphFieldControl } from './ParagraphFieldControl.tsx';
import { IconSelectControl } from './IconSelectControl.tsx';
import { SelectControl } from '../../../components/SelectControl.tsx';
import { CataloguePhotoField } from './CataloguePhotoField.tsx';
import { useIntl } from 'react-intl';

export type EquipmentInput = z.input<typeof equipmentContentSchema>;

const ACTIVITY_OPTIONS = DAILY_ACTIVITIES.map((value) => ({
  value,
  label: DAILY_ACTIVITY_LABELS[value],
}));

export function EquipmentForm({ defaultValues, ...shell }: CatalogueFormProps<EquipmentInput>) {
  const intl = useIntl();
  const form = useForm<EquipmentInput, unknown, EquipmentContent>({
    resolver: zodResolver(equipmentContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control } = form;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'catalogue.form.equipmentForm.item', defaultMessage: 'Item' })}
        </legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="name"
            label={intl.formatMessage({
              id: 'catalogue.form.equipmentForm.name',
              defaultMessage: 'Name',
            })}
            isRequired
          />
          <SelectControl
            control={control}
            name="activity"
            label={intl.formatMessage({
              id: 'catalogue.form.equipmentForm.dailyActivity',
              defaultMessage: 'Daily activity',
            })}
            options={ACTIVITY_OPTIONS}
            description={intl.formatMessage({
              id: 'catalogue.form.equipmentForm.whereItIsListed',
              defaultMessage: 'Where it is listed on the handout.',
            })}
          />
        </div>
        <IconSelectControl control={control} name="icon" />
      </fieldset>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.equipmentForm.wordingForThePatient',
            defaultMessage: 'Wording for the patient',
          })}
        </legend>
        <ParagraphFieldControl
          control={control}
          name="helpsWith"
          label={intl.formatMessage({
            id: 'catalogue.form.equipmentForm.whatItHelpsWith',
            defaultMessage: 'What it helps with',
          })}
          isRequired
          description={intl.formatMessage({
            id: 'catalogue.form.equipmentForm.oneOrTwoShort',
            defaultMessage: 'One or two short sentences, up to 300 characters.',
          })}
        />
        <ParagraphFieldControl
          control={control}
          name="howTo"
          label={intl.formatMessage({
            id: 'catalogue.form.equipmentForm.howToTip',
            defaultMessage: 'How-to tip',
          })}
          isRequired
          description={intl.formatMessage({
            id: 'catalogue.form.equipmentForm.howToUseIt',
            defaultMessage: 'How to use it so the joints are protected. Up to 400 characters.',
          })}
        />
      </fieldset>
      <CataloguePhotoField control={control} />
    </CatalogueFormShell>
  );
}
