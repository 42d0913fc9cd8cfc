import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import {
  DIAGNOSIS_SUGGESTIONS,
  DISEASE_STAGES,
  patientInputSchema,
  type Patient,
  type PatientFields,
  type PatientInput,
} from '../../../../shared/domain/patient.ts';
import { ComboFieldControl } from '../../components/ComboFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { SelectControl } from '../../components/SelectControl.tsx';
import { HANDOUT_LANGUAGE_LIST } from '../../../../shared/domain/handout-languages.ts';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { JointPicker } from '../../components/joint-picker/JointPicker.tsx';
import { useIntl, type IntlShape } from 'react-intl';
import { DISEASE_STAGE_MESSAGES } from '../../lib/domain-messages.ts';

/** Every language a handout can be printed in, by its own name. */
const HANDOUT_LANGUAGE_OPTIONS = HANDOUT_LANGUAGE_LIST.filter((l) => l.printable).map((l) => ({
  value: l.tag,
  label: l.name,
}));

interface Props {
  heading: string;
  defaultValues: PatientInput;
  submitLabel: string;
  save(values: PatientInput): Promise<Patient>;
  onSaved(patient: Patient): void;
  onCancel(): void;
}

const stageOptions = (intl: IntlShape) =>
  DISEASE_STAGES.map((value) => ({
    value,
    label: intl.formatMessage(DISEASE_STAGE_MESSAGES[value]),
  }));

/** Create or edit a patient: validated as you go with the same schema the main process uses. */
export function PatientForm({
  heading,
  defaultValues,
  submitLabel,
  save,
  onSaved,
  onCancel,
}: Props) {
  const intl = useIntl();
  const form = useForm<PatientInput, unknown, PatientFields>({
    resolver: zodResolver(patientInputSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const { control, formState } = form;
  const { onSubmit, shouldBlock } = useSaveForm(form, {
    // The form's values are already valid; the main process validates them again anyway.
    save: (values) => save(values as PatientInput),
    fieldPrefix: 'patient',
    savedMessage: (patient) =>
      intl.formatMessage(
        { id: 'patients.patientForm.saved', defaultMessage: 'Saved {givenName} {familyName}' },
        { givenName: patient.givenName, familyName: patient.familyName },
      ),
    onSaved,
  });

  return (
    <Form
      className="patient-form"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="patient-form-heading"
    >
      <h1 id="patient-form-heading">{heading}</h1>
      <p className="form-hint">
        {intl.formatMessage({
          id: 'patients.patientForm.fieldsMarkedAreRequired',
          defaultMessage: 'Fields marked * are required.',
        })}
      </p>

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'patients.patientForm.name', defaultMessage: 'Name' })}
        </legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="givenName"
            label={intl.formatMessage({
              id: 'patients.patientForm.givenName',
              defaultMessage: 'Given name',
            })}
            isRequired
            autoComplete="off"
          />
          <TextFieldControl
            control={control}
            name="familyName"
            label={intl.formatMessage({
              id: 'patients.patientForm.familyName',
              defaultMessage: 'Family name',
            })}
            isRequired
            autoComplete="off"
          />
          <TextFieldControl
            control={control}
            name="preferredName"
            label={intl.formatMessage({
              id: 'patients.patientForm.preferredName',
              defaultMessage: 'Preferred name',
            })}
            autoComplete="off"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'patients.patientForm.details', defaultMessage: 'Details' })}
        </legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="dateOfBirth"
            label={intl.formatMessage({
              id: 'patients.patientForm.dateOfBirth',
              defaultMessage: 'Date of birth',
            })}
            type="date"
          />
          <TextFieldControl
            control={control}
            name="chartNumber"
            label={intl.formatMessage({
              id: 'patients.patientForm.chartNumber',
              defaultMessage: 'Chart number',
            })}
            description={intl.formatMessage({
              id: 'patients.patientForm.optionalUniqueWhenGiven',
              defaultMessage: 'Optional; unique when given.',
            })}
          />
          <TextFieldControl
            control={control}
            name="phone"
            label={intl.formatMessage({
              id: 'patients.patientForm.phone',
              defaultMessage: 'Phone',
            })}
            type="tel"
            autoComplete="off"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'patients.patientForm.condition',
            defaultMessage: 'Condition',
          })}
        </legend>
        <ComboFieldControl
          control={control}
          name="diagnosis"
          label={intl.formatMessage({
            id: 'patients.patientForm.diagnosis',
            defaultMessage: 'Diagnosis',
          })}
          suggestions={DIAGNOSIS_SUGGESTIONS}
          description={intl.formatMessage({
            id: 'patients.patientForm.chooseASuggestionOr',
            defaultMessage: 'Choose a suggestion or type your own.',
          })}
        />
        <RadioGroupControl
          control={control}
          name="diseaseStage"
          label={intl.formatMessage({
            id: 'patients.patientForm.diseaseStage',
            defaultMessage: 'Disease stage',
          })}
          options={stageOptions(intl)}
          noneLabel={intl.formatMessage({
            id: 'patients.patientForm.notRecorded',
            defaultMessage: 'Not recorded',
          })}
        />
        <Controller
          control={control}
          name="affectedJoints"
          render={({ field, fieldState }) => (
            <JointPicker
              label={intl.formatMessage({
                id: 'patients.patientForm.affectedJoints',
                defaultMessage: 'Affected joints',
              })}
              headingLevel={2}
              value={field.value ?? []}
              onChange={field.onChange}
              {...(fieldState.error?.message ? { errorMessage: fieldState.error.message } : {})}
            />
          )}
        />
      </fieldset>

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'patients.patientForm.handouts', defaultMessage: 'Handouts' })}
        </legend>
        <SelectControl
          control={control}
          name="handoutLanguage"
          label={intl.formatMessage({
            id: 'patients.patientForm.handoutLanguage',
            defaultMessage: 'Handout language',
          })}
          options={HANDOUT_LANGUAGE_OPTIONS}
          noneLabel={intl.formatMessage({
            id: 'patients.patientForm.clinicHandoutLanguage',
            defaultMessage: 'The clinic’s (as in Settings)',
          })}
          description={intl.formatMessage({
            id: 'patients.patientForm.handoutLanguageHelp',
            defaultMessage: 'The language this patient’s handouts are printed in.',
          })}
        />
      </fieldset>

      <fieldset>
        <legend>
          {intl.formatMessage({ id: 'patients.patientForm.notes', defaultMessage: 'Notes' })}
        </legend>
        <TextFieldControl
          control={control}
          name="notes"
          label={intl.formatMessage({ id: 'patients.patientForm.notes', defaultMessage: 'Notes' })}
          multiline
          description={intl.formatMessage({
            id: 'patients.patientForm.anythingTheNextTherapist',
            defaultMessage: 'Anything the next therapist should know. Up to 10,000 characters.',
          })}
        />
      </fieldset>

      <div className="form-actions">
        <Button type="submit" className="button primary" isPending={formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button className="button" onPress={onCancel}>
          {intl.formatMessage({ id: 'patients.patientForm.cancel', defaultMessage: 'Cancel' })}
        </Button>
      </div>
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
    </Form>
  );
}
