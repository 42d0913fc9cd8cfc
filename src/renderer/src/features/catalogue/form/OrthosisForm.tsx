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
import { useIntl } from 'react-intl';

export type OrthosisInput = z.input<typeof orthosisContentSchema>;

const TYPE_OPTIONS = ORTHOSIS_TYPES.map((value) => ({
  value,
  label: ORTHOSIS_TYPE_LABELS[value],
}));

export function OrthosisForm({ defaultValues, ...shell }: CatalogueFormProps<OrthosisInput>) {
  const intl = useIntl();
  const form = useForm<OrthosisInput, unknown, OrthosisContent>({
    resolver: zodResolver(orthosisContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control } = form;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.orthosisForm.splintOrBrace',
            defaultMessage: 'Splint or brace',
          })}
        </legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="name"
            label={intl.formatMessage({
              id: 'catalogue.form.orthosisForm.name',
              defaultMessage: 'Name',
            })}
            isRequired
          />
          <SelectControl
            control={control}
            name="orthosisType"
            label={intl.formatMessage({
              id: 'catalogue.form.orthosisForm.type',
              defaultMessage: 'Type',
            })}
            options={TYPE_OPTIONS}
          />
        </div>
        <CheckboxGroupControl
          control={control}
          name="fitsJoints"
          label={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.jointsItFits',
            defaultMessage: 'Joints it fits',
          })}
          options={JOINT_FAMILY_OPTIONS}
          description={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.plansSuggestItFor',
            defaultMessage: 'Plans suggest it for patients with these joints affected.',
          })}
        />
        <ParagraphFieldControl
          control={control}
          name="purpose"
          label={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.whatItIsFor',
            defaultMessage: 'What it is for',
          })}
          isRequired
          description={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.upTo400Characters',
            defaultMessage: 'Up to 400 characters.',
          })}
        />
        <IconSelectControl control={control} name="icon" />
      </fieldset>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.orthosisForm.usualWearingSchedule',
            defaultMessage: 'Usual wearing schedule',
          })}
        </legend>
        <p className="form-hint">
          {intl.formatMessage({
            id: 'catalogue.form.orthosisForm.newPlansStartFrom',
            defaultMessage:
              'New plans start from this schedule; you can change it for each patient.',
          })}
        </p>
        <WearingPatternFields
          schedulePath="defaultSchedule"
          stage="usual"
          legend={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.usually',
            defaultMessage: 'Usually',
          })}
        />
        <WearingPatternFields
          schedulePath="defaultSchedule"
          stage="flare"
          legend={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.inAFlare',
            defaultMessage: 'In a flare',
          })}
        />
        <WearingPatternFields
          schedulePath="defaultSchedule"
          stage="stable"
          legend={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.whenStable',
            defaultMessage: 'When stable',
          })}
        />
        <NumberFieldControl
          control={control}
          name="defaultSchedule.hoursPerDay"
          label={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.hoursADayIn',
            defaultMessage: 'Hours a day in total',
          })}
          nullable
          step={0.5}
          description={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.optionalLeaveEmptyIf',
            defaultMessage: 'Optional. Leave empty if it does not apply.',
          })}
        />
      </fieldset>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.orthosisForm.careAndWarningSigns',
            defaultMessage: 'Care and warning signs',
          })}
        </legend>
        <LinesFieldControl
          control={control}
          name="care"
          label={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.care',
            defaultMessage: 'Care',
          })}
          description={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.oneInstructionPerLine',
            defaultMessage: 'One instruction per line, up to 20.',
          })}
        />
        <LinesFieldControl
          control={control}
          name="warningSigns"
          label={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.warningSigns',
            defaultMessage: 'Warning signs',
          })}
          description={intl.formatMessage({
            id: 'catalogue.form.orthosisForm.oneSignPerLine',
            defaultMessage: 'One sign per line, up to 20.',
          })}
        />
      </fieldset>
      <CataloguePhotoField control={control} />
    </CatalogueFormShell>
  );
}
