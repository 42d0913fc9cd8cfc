import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import {
  PRINT_SIZE_POINTS,
  settingsFormSchema,
  settingsFromForm,
  type Settings,
  type SettingsFormValues,
  type SettingsFormInput,
} from '../../../../shared/domain/settings.ts';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { GetHelpField } from './GetHelpField.tsx';
import { LogoField } from './LogoField.tsx';
import { MeasuresField } from './MeasuresField.tsx';
import { TherapistsField } from './TherapistsField.tsx';

const PAPER_OPTIONS = [
  { value: 'A4', label: 'A4 (210 × 297 mm)' },
  { value: 'Letter', label: 'Letter (8.5 × 11 in)' },
];
const PRINT_OPTIONS = [
  { value: 'standard', label: `Standard (${PRINT_SIZE_POINTS.standard} pt)` },
  { value: 'large', label: `Large print (${PRINT_SIZE_POINTS.large} pt)` },
];

interface Props {
  /** The saved settings, as the form holds them. */
  values: SettingsFormInput;
  save(values: Settings): Promise<Settings>;
}

/** The clinic's details and handout defaults, checked with the schema the main process uses. */
export function SettingsForm({ values, save }: Props) {
  const form = useForm<SettingsFormInput, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: values,
    mode: 'onTouched',
  });
  const { control, formState, reset } = form;
  // The therapist can be switched from the header while this form is open: follow the switch,
  // unless the choice was changed here, so saving the form does not quietly undo it.
  const switchedTo = values.therapistName;
  useEffect(() => {
    const { getValues, resetField } = form;
    const shown = getValues('therapistName');
    if (shown !== switchedTo && shown === form.formState.defaultValues?.therapistName)
      resetField('therapistName', { defaultValue: switchedTo });
  }, [form, switchedTo]);
  const { onSubmit, shouldBlock } = useSaveForm(form, {
    save: (form) => save(settingsFromForm(form)),
    fieldPrefix: 'settings',
    savedMessage: () => 'Settings saved',
    // The form stays open: what was saved becomes the new starting point.
    onSaved: (saved) => reset(toSettingsForm(saved)),
  });

  return (
    <Form
      className="patient-form settings-form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="settings-heading"
    >
      <h1 id="settings-heading">Settings</h1>
      <p className="form-hint">Fields marked * are required.</p>

      <fieldset>
        <legend>Clinic</legend>
        <p className="fieldset-hint">Printed at the top of every handout.</p>
        <TextFieldControl
          control={control}
          name="clinicName"
          label="Clinic name"
          isRequired
          autoComplete="organization"
        />
        <TextFieldControl
          control={control}
          name="clinicAddress"
          label="Address"
          multiline
          description="As it should appear on handouts, one line per line. Up to 300 characters."
        />
        <div className="field-row">
          <TextFieldControl control={control} name="clinicPhone" label="Phone" type="tel" />
        </div>
        <LogoField control={control} />
      </fieldset>

      <TherapistsField form={form} />

      <fieldset>
        <legend>Handouts</legend>
        <RadioGroupControl
          control={control}
          name="paperSize"
          label="Default paper size"
          options={PAPER_OPTIONS}
        />
        <RadioGroupControl
          control={control}
          name="printSize"
          label="Default print size"
          options={PRINT_OPTIONS}
        />
        <NumberFieldControl
          control={control}
          name="redMarkMinutes"
          label="How long may a red mark last before the patient should call?"
          description="In minutes, 1 to 120. Handouts ask the patient to call if a red mark from an orthosis has not faded in this time."
          isRequired
        />
        <TextFieldControl
          control={control}
          name="drivingNote"
          label="Driving note printed with each strapped splint"
          description="Leave empty to print none. Insurers’ rules differ: word it for your country."
          emptyAsNull
        />
      </fieldset>

      <GetHelpField form={form} />

      <MeasuresField form={form} />

      <fieldset>
        <legend>Backups</legend>
        <NumberFieldControl
          control={control}
          name="backupsKept"
          label="Daily backups to keep"
          description="1 to 365. JointPlan backs up your data on the first start of each day and keeps this many of those copies; older ones are removed."
          isRequired
        />
        <TextFieldControl
          control={control}
          name="secondBackupFolder"
          label="Second backup folder"
          description="Optional: a folder on another drive, such as a USB stick or a network share. Each backup is also copied there, into a “JointPlan backups” folder. Leave empty for none."
          emptyAsNull
        />
      </fieldset>

      <div className="form-actions">
        <Button type="submit" className="button primary" isPending={formState.isSubmitting}>
          Save settings
        </Button>
        <Button className="button" isDisabled={!formState.isDirty} onPress={() => reset()}>
          Undo changes
        </Button>
      </div>
      <UnsavedChangesGuard shouldBlock={shouldBlock} what="the settings" />
    </Form>
  );
}

/** The form's shape: empty text rather than null, and profiles as rows a field array can key. */
export function toSettingsForm(s: Settings): SettingsFormInput {
  return {
    ...s,
    clinicPhone: s.clinicPhone ?? '',
    therapists: s.therapists.map((name) => ({ name })),
  };
}
