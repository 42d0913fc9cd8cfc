import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  ORTHOSIS_TYPES,
  orthosisContentSchema,
  type OrthosisContent,
} from '../../../../../shared/domain/catalogue.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { JOINT_FAMILY_OPTIONS, ORTHOSIS_TYPE_LABELS } from '../labels.ts';
import { CatalogueFormShell, type CatalogueFormProps } from './CatalogueFormShell.tsx';
import { CheckboxGroupControl } from './CheckboxGroupControl.tsx';
import { IconSelectControl } from './IconSelectControl.tsx';
import { LinesFieldControl } from '../../../components/LinesFieldControl.tsx';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { ParagraphFieldControl } from './ParagraphFieldControl.tsx';
import { SelectControl } from '../../../components/SelectControl.tsx';
import { CataloguePhotoField } from './CataloguePhotoField.tsx';
import { WearingPatternFields } from '../../../components/schedule/WearingPatternFields.tsx';

export type OrthosisInput = z.input<typeof orthosisContentSchema>;

const TYPE_OPTIONS = ORTHOSIS_TYPES.map((value) => ({
  value,
  label: ORTHOSIS_TYPE_LABELS[value],
}));

export function OrthosisForm({ defaultValues, ...shell }: CatalogueFormProps<OrthosisInput>) {
  const form = useForm<OrthosisInput, unknown, OrthosisContent>({
    resolver: zodResolver(orthosisContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control } = form;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>Splint or brace</legend>
        <div className="field-row">
          <TextFieldControl control={control} name="name" label="Name" isRequired />
          <SelectControl
            control={control}
            name="orthosisType"
            label="Type"
            options={TYPE_OPTIONS}
          />
        </div>
        <CheckboxGroupControl
          control={control}
          name="fitsJoints"
          label="Joints it fits"
          options={JOINT_FAMILY_OPTIONS}
          description="Plans suggest it for patients with these joints affected."
        />
        <ParagraphFieldControl
          control={control}
          name="purpose"
          label="What it is for"
          isRequired
          description="Up to 400 characters."
        />
        <IconSelectControl control={control} name="icon" />
      </fieldset>
      <fieldset>
        <legend>Usual wearing schedule</legend>
        <p className="form-hint">
          New plans start from this schedule; you can change it for each patient.
        </p>
        <WearingPatternFields schedulePath="defaultSchedule" stage="usual" legend="Usually" />
        <WearingPatternFields schedulePath="defaultSchedule" stage="flare" legend="In a flare" />
        <WearingPatternFields schedulePath="defaultSchedule" stage="stable" legend="When stable" />
        <NumberFieldControl
          control={control}
          name="defaultSchedule.hoursPerDay"
          label="Hours a day in total"
          nullable
          step={0.5}
          description="Optional. Leave empty if it does not apply."
        />
      </fieldset>
      <fieldset>
        <legend>Care and warning signs</legend>
        <LinesFieldControl
          control={control}
          name="care"
          label="Care"
          description="One instruction per line, up to 20."
        />
        <LinesFieldControl
          control={control}
          name="warningSigns"
          label="Warning signs"
          description="One sign per line, up to 20."
        />
      </fieldset>
      <CataloguePhotoField control={control} />
    </CatalogueFormShell>
  );
}
