import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import {
  DIAGNOSIS_SUGGESTIONS,
  DISEASE_STAGE_LABELS,
  DISEASE_STAGES,
  patientInputSchema,
  type Patient,
  type PatientFields,
  type PatientInput,
} from '../../../../shared/domain/patient.ts';
import { ComboFieldControl } from '../../components/ComboFieldControl.tsx';
import { RadioGroupControl } from '../../components/RadioGroupControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useSaveForm } from '../../lib/useSaveForm.ts';
import { JointPicker } from '../../components/joint-picker/JointPicker.tsx';

interface Props {
  heading: string;
  defaultValues: PatientInput;
  submitLabel: string;
  save(values: PatientInput): Promise<Patient>;
  onSaved(patient: Patient): void;
  onCancel(): void;
}

const STAGE_OPTIONS = DISEASE_STAGES.map((value) => ({
  value,
  label: DISEASE_STAGE_LABELS[value],
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
    savedMessage: (patient) => `Saved ${patient.givenName} ${patient.familyName}`,
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
      <p className="form-hint">Fields marked * are required.</p>

      <fieldset>
        <legend>Name</legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="givenName"
            label="Given name"
            isRequired
            autoComplete="off"
          />
          <TextFieldControl
            control={control}
            name="familyName"
            label="Family name"
            isRequired
            autoComplete="off"
          />
          <TextFieldControl
            control={control}
            name="preferredName"
            label="Preferred name"
            autoComplete="off"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Details</legend>
        <div className="field-row">
          <TextFieldControl
            control={control}
            name="dateOfBirth"
            label="Date of birth"
            type="date"
          />
          <TextFieldControl
            control={control}
            name="chartNumber"
            label="Chart number"
            description="Optional; unique when given."
          />
          <TextFieldControl
            control={control}
            name="phone"
            label="Phone"
            type="tel"
            autoComplete="off"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Condition</legend>
        <ComboFieldControl
          control={control}
          name="diagnosis"
          label="Diagnosis"
          suggestions={DIAGNOSIS_SUGGESTIONS}
          description="Choose a suggestion or type your own."
        />
        <RadioGroupControl
          control={control}
          name="diseaseStage"
          label="Disease stage"
          options={STAGE_OPTIONS}
          noneLabel="Not recorded"
        />
        <Controller
          control={control}
          name="affectedJoints"
          render={({ field, fieldState }) => (
            <JointPicker
              label="Affected joints"
              headingLevel={2}
              value={field.value ?? []}
              onChange={field.onChange}
              {...(fieldState.error?.message ? { errorMessage: fieldState.error.message } : {})}
            />
          )}
        />
      </fieldset>

      <fieldset>
        <legend>Notes</legend>
        <TextFieldControl
          control={control}
          name="notes"
          label="Notes"
          multiline
          description="Anything the next therapist should know. Up to 10,000 characters."
        />
      </fieldset>

      <div className="form-actions">
        <Button type="submit" className="button primary" isPending={formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button className="button" onPress={onCancel}>
          Cancel
        </Button>
      </div>
      <UnsavedChangesGuard shouldBlock={shouldBlock} />
    </Form>
  );
}
