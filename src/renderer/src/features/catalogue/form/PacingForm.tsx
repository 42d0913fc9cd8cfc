import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  pacingContentSchema,
  type CatalogueContent,
} from '../../../../../shared/domain/catalogue.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CatalogueFormShell, type CatalogueFormProps } from './CatalogueFormShell.tsx';
import { ParagraphFieldControl } from './ParagraphFieldControl.tsx';
import { IconSelectControl } from './IconSelectControl.tsx';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { useIntl } from 'react-intl';

export type PacingInput = z.input<typeof pacingContentSchema>;
type PacingContent = Extract<CatalogueContent, { kind: 'pacing' }>;

export function PacingForm({ defaultValues, ...shell }: CatalogueFormProps<PacingInput>) {
  const intl = useIntl();
  const form = useForm<PacingInput, unknown, PacingContent>({
    resolver: zodResolver(pacingContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control } = form;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.pacingForm.restAndPacing',
            defaultMessage: 'Rest and pacing',
          })}
        </legend>
        <TextFieldControl
          control={control}
          name="name"
          label={intl.formatMessage({
            id: 'catalogue.form.pacingForm.name',
            defaultMessage: 'Name',
          })}
          isRequired
        />
        <div className="field-row">
          <NumberFieldControl
            control={control}
            name="activityMinutes"
            label={intl.formatMessage({
              id: 'catalogue.form.pacingForm.minutesOfActivity',
              defaultMessage: 'Minutes of activity',
            })}
            description={intl.formatMessage({
              id: 'catalogue.form.pacingForm.from5To240',
              defaultMessage: 'From 5 to 240.',
            })}
            isRequired
          />
          <NumberFieldControl
            control={control}
            name="restMinutes"
            label={intl.formatMessage({
              id: 'catalogue.form.pacingForm.minutesOfRest',
              defaultMessage: 'Minutes of rest',
            })}
            description={intl.formatMessage({
              id: 'catalogue.form.pacingForm.from1To120',
              defaultMessage: 'From 1 to 120.',
            })}
            isRequired
          />
        </div>
        <ParagraphFieldControl
          control={control}
          name="description"
          label={intl.formatMessage({
            id: 'catalogue.form.pacingForm.description',
            defaultMessage: 'Description',
          })}
          isRequired
          description={intl.formatMessage({
            id: 'catalogue.form.pacingForm.upTo400Characters',
            defaultMessage: 'Up to 400 characters.',
          })}
        />
        <IconSelectControl control={control} name="icon" />
      </fieldset>
    </CatalogueFormShell>
  );
}
