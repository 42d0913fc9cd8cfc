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

export type PacingInput = z.input<typeof pacingContentSchema>;
type PacingContent = Extract<CatalogueContent, { kind: 'pacing' }>;

export function PacingForm({ defaultValues, ...shell }: CatalogueFormProps<PacingInput>) {
  const form = useForm<PacingInput, unknown, PacingContent>({
    resolver: zodResolver(pacingContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control } = form;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>Rest and pacing</legend>
        <TextFieldControl control={control} name="name" label="Name" isRequired />
        <div className="field-row">
          <NumberFieldControl
            control={control}
            name="activityMinutes"
            label="Minutes of activity"
            description="From 5 to 240."
            isRequired
          />
          <NumberFieldControl
            control={control}
            name="restMinutes"
            label="Minutes of rest"
            description="From 1 to 120."
            isRequired
          />
        </div>
        <ParagraphFieldControl
          control={control}
          name="description"
          label="Description"
          isRequired
          description="Up to 400 characters."
        />
        <IconSelectControl control={control} name="icon" />
      </fieldset>
    </CatalogueFormShell>
  );
}
