import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  ENERGY_P_LABELS,
  ENERGY_PS,
  strategyContentSchema,
  type CatalogueContent,
} from '../../../../../shared/domain/catalogue.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CatalogueFormShell, type CatalogueFormProps } from './CatalogueFormShell.tsx';
import { ParagraphFieldControl } from './ParagraphFieldControl.tsx';
import { IconSelectControl } from './IconSelectControl.tsx';
import { SelectControl } from '../../../components/SelectControl.tsx';
import { useIntl } from 'react-intl';

export type StrategyInput = z.input<typeof strategyContentSchema>;
type StrategyContent = Extract<CatalogueContent, { kind: 'strategy' }>;

const P_OPTIONS = ENERGY_PS.map((value) => ({ value, label: ENERGY_P_LABELS[value] }));

export function StrategyForm({ defaultValues, ...shell }: CatalogueFormProps<StrategyInput>) {
  const intl = useIntl();
  const form = useForm<StrategyInput, unknown, StrategyContent>({
    resolver: zodResolver(strategyContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control } = form;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.strategyForm.strategy',
            defaultMessage: 'Strategy',
          })}
        </legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="title"
            label={intl.formatMessage({
              id: 'catalogue.form.strategyForm.title',
              defaultMessage: 'Title',
            })}
            isRequired
          />
          <SelectControl
            control={control}
            name="p"
            label={intl.formatMessage({
              id: 'catalogue.form.strategyForm.energyConservationP',
              defaultMessage: 'Energy conservation “P”',
            })}
            options={P_OPTIONS}
          />
        </div>
        <ParagraphFieldControl
          control={control}
          name="explanation"
          label={intl.formatMessage({
            id: 'catalogue.form.strategyForm.explanation',
            defaultMessage: 'Explanation',
          })}
          isRequired
          description={intl.formatMessage({
            id: 'catalogue.form.strategyForm.upTo600Characters',
            defaultMessage: 'Up to 600 characters.',
          })}
        />
        <IconSelectControl control={control} name="icon" />
      </fieldset>
    </CatalogueFormShell>
  );
}
