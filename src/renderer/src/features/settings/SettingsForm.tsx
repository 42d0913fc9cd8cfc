import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import {
  PRINT_SIZE_POINTS,
  type AppLanguage,
  settingsFormSchema,
  settingsFromForm,
  type Settings,
  type SettingsFormValues,
  type SettingsFormInput,
} from '../../../../shared/domain/settings.ts';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { SelectControl } from '../../components/SelectControl.tsx';
import { HANDOUT_LANGUAGE_LIST } from '../../../../shared/domain/handout-languages.ts';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { GetHelpField } from './GetHelpField.tsx';
import { LogoField } from './LogoField.tsx';
import { MeasuresField } from './MeasuresField.tsx';
import { TherapistsField } from './TherapistsField.tsx';
import { defineMessage, useIntl, type MessageDescriptor } from 'react-intl';

const PAPER_OPTIONS = [
  {
    value: 'A4',
    label: defineMessage({
      id: 'settings.settingsForm.paper.a4',
      defaultMessage: 'A4 (210 × 297 mm)',
    }),
  },
  {
    value: 'Letter',
    label: defineMessage({
      id: 'settings.settingsForm.paper.letter',
      defaultMessage: 'Letter (8.5 × 11 in)',
    }),
  },
];
const PRINT_OPTIONS: { value: string; label: MessageDescriptor; points: number }[] = [
  {
    value: 'standard',
    label: defineMessage({
      id: 'settings.settingsForm.print.standard',
      defaultMessage: 'Standard ({points} pt)',
    }),
    points: PRINT_SIZE_POINTS.standard,
  },
  {
    value: 'large',
    label: defineMessage({
      id: 'settings.settingsForm.print.large',
      defaultMessage: 'Large print ({points} pt)',
    }),
    points: PRINT_SIZE_POINTS.large,
  },
];

/** Each language under its own name, so a therapist finds theirs whatever the app shows now. */
/** The languages handouts can be printed in today, each by its own name. */
const HANDOUT_LANGUAGE_OPTIONS = HANDOUT_LANGUAGE_LIST.filter((l) => l.printable).map((l) => ({
  value: l.tag,
  label: l.name,
}));

const LANGUAGE_OPTIONS: { value: AppLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
];

interface Props {
  /** The saved settings, as the form holds them. */
  values: SettingsFormInput;
  save(values: Settings): Promise<Settings>;
}

/** The clinic's details and handout defaults, checked with the schema the main process uses. */
export function SettingsForm({ values, save }: Props) {
  const intl = useIntl();
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
    savedMessage: () =>
      intl.formatMessage({ id: 'settings.settingsForm.saved', defaultMessage: 'Settings saved' }),
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
      <h1 id="settings-heading">
        {intl.formatMessage({ id: 'settings.settingsForm.settings', defaultMessage: 'Settings' })}
      </h1>
      <p className="form-hint">
        {intl.formatMessage({
          id: 'settings.settingsForm.fieldsMarkedAreRequired',
          defaultMessage: 'Fields marked * are required.',
        })}
      </p>

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'settings.settingsForm.clinic', defaultMessage: 'Clinic' })}
        </legend>
        <p className="fieldset-hint">
          {intl.formatMessage({
            id: 'settings.settingsForm.printedAtTheTop',
            defaultMessage: 'Printed at the top of every handout.',
          })}
        </p>
        <TextFieldControl
          control={control}
          name="clinicName"
          label={intl.formatMessage({
            id: 'settings.settingsForm.clinicName',
            defaultMessage: 'Clinic name',
          })}
          isRequired
          autoComplete="organization"
        />
        <TextFieldControl
          control={control}
          name="clinicAddress"
          label={intl.formatMessage({
            id: 'settings.settingsForm.address',
            defaultMessage: 'Address',
          })}
          multiline
          description={intl.formatMessage({
            id: 'settings.settingsForm.asItShouldAppear',
            defaultMessage:
              'As it should appear on handouts, one line per line. Up to 300 characters.',
          })}
        />
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="clinicPhone"
            label={intl.formatMessage({
              id: 'settings.settingsForm.phone',
              defaultMessage: 'Phone',
            })}
            type="tel"
          />
        </div>
        <LogoField control={control} />
      </fieldset>

      <TherapistsField form={form} />

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'settings.settingsForm.handouts', defaultMessage: 'Handouts' })}
        </legend>
        <RadioGroupControl
          control={control}
          name="paperSize"
          label={intl.formatMessage({
            id: 'settings.settingsForm.defaultPaperSize',
            defaultMessage: 'Default paper size',
          })}
          options={PAPER_OPTIONS.map((o) => ({ ...o, label: intl.formatMessage(o.label) }))}
        />
        <RadioGroupControl
          control={control}
          name="printSize"
          label={intl.formatMessage({
            id: 'settings.settingsForm.defaultPrintSize',
            defaultMessage: 'Default print size',
          })}
          options={PRINT_OPTIONS.map((o) => ({
            value: o.value,
            label: intl.formatMessage(o.label, { points: o.points }),
          }))}
        />
        <NumberFieldControl
          control={control}
          name="redMarkMinutes"
          label={intl.formatMessage({
            id: 'settings.settingsForm.howLongMayA',
            defaultMessage: 'How long may a red mark last before the patient should call?',
          })}
          description={intl.formatMessage({
            id: 'settings.settingsForm.inMinutes1To',
            defaultMessage:
              'In minutes, 1 to 120. Handouts ask the patient to call if a red mark from an orthosis has not faded in this time.',
          })}
          isRequired
        />
        <TextFieldControl
          control={control}
          name="drivingNote"
          label={intl.formatMessage({
            id: 'settings.settingsForm.drivingNotePrintedWith',
            defaultMessage: 'Driving note printed with each strapped splint',
          })}
          description={intl.formatMessage({
            id: 'settings.settingsForm.leaveEmptyToPrint',
            defaultMessage:
              'Leave empty to print none. Insurers’ rules differ: word it for your country.',
          })}
          emptyAsNull
        />
      </fieldset>

      <GetHelpField form={form} />

      <MeasuresField form={form} />

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'settings.settingsForm.language', defaultMessage: 'Language' })}
        </legend>
        <p className="fieldset-hint">
          {intl.formatMessage({
            id: 'settings.settingsForm.languageOfTheApp.hint',
            defaultMessage:
              'The language of these screens, applied when you save. It does not change the language of handouts.',
          })}
        </p>
        <RadioGroupControl
          control={control}
          name="appLanguage"
          label={intl.formatMessage({
            id: 'settings.settingsForm.languageOfTheApp',
            defaultMessage: 'Language of the app',
          })}
          options={LANGUAGE_OPTIONS}
        />
        <SelectControl
          control={control}
          name="handoutLanguage"
          label={intl.formatMessage({
            id: 'settings.settingsForm.handoutLanguage',
            defaultMessage: 'Handout language',
          })}
          description={intl.formatMessage({
            id: 'settings.settingsForm.handoutLanguage.hint',
            defaultMessage:
              'The language of the handout’s own words (headings, schedules, the wear log) unless you choose another when you make one. What you type is printed as you typed it.',
          })}
          options={HANDOUT_LANGUAGE_OPTIONS}
        />
      </fieldset>

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'settings.settingsForm.backups', defaultMessage: 'Backups' })}
        </legend>
        <NumberFieldControl
          control={control}
          name="backupsKept"
          label={intl.formatMessage({
            id: 'settings.settingsForm.dailyBackupsToKeep',
            defaultMessage: 'Daily backups to keep',
          })}
          description={intl.formatMessage({
            id: 'settings.settingsForm.1To365Jointplan',
            defaultMessage:
              '1 to 365. JointPlan backs up your data on the first start of each day and keeps this many of those copies; older ones are removed.',
          })}
          isRequired
        />
        <TextFieldControl
          control={control}
          name="secondBackupFolder"
          label={intl.formatMessage({
            id: 'settings.settingsForm.secondBackupFolder',
            defaultMessage: 'Second backup folder',
          })}
          description={intl.formatMessage({
            id: 'settings.settingsForm.optionalAFolderOn',
            defaultMessage:
              'Optional: a folder on another drive, such as a USB stick or a network share. Each backup is also copied there, into a “JointPlan backups” folder. Leave empty for none.',
          })}
          emptyAsNull
        />
      </fieldset>

      <div className="form-actions">
        <Button type="submit" className="button primary" isPending={formState.isSubmitting}>
          {intl.formatMessage({
            id: 'settings.settingsForm.saveSettings',
            defaultMessage: 'Save settings',
          })}
        </Button>
        <Button className="button" isDisabled={!formState.isDirty} onPress={() => reset()}>
          {intl.formatMessage({
            id: 'settings.settingsForm.undoChanges',
            defaultMessage: 'Undo changes',
          })}
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
