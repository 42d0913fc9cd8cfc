import { useState } from 'react';
import { domainErrorText } from '../../lib/domain-errors.ts';
import { Button, FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  MAX_THERAPISTS,
  type SettingsFormValues,
  type SettingsFormInput,
} from '../../../../shared/domain/settings.ts';
import { SelectControl } from '../../components/SelectControl.tsx';
import { useIntl } from 'react-intl';

type SettingsFormApi = UseFormReturn<SettingsFormInput, unknown, SettingsFormValues>;

/**
 * The clinic's therapist profiles, and which of them is using JointPlan now. Renaming the
 * profile in use renames the choice with it; removing it leaves no one chosen.
 */
export function TherapistsField({ form }: { form: SettingsFormApi }) {
  const intl = useIntl();
  const { control, getValues, setValue, formState } = form;
  const therapists = useFieldArray({ control, name: 'therapists' });
  const rows = useWatch({ control, name: 'therapists' }) ?? [];
  const names = [...new Set(rows.map((t) => t.name).filter((name) => name.trim() !== ''))];
  const listError =
    formState.errors.therapists?.root?.message ?? formState.errors.therapists?.message;

  const choose = (name: string | null) =>
    setValue('therapistName', name, { shouldDirty: true, shouldValidate: formState.isSubmitted });

  return (
    <fieldset>
      <legend>
        {intl.formatMessage({
          id: 'settings.therapistsField.therapists',
          defaultMessage: 'Therapists',
        })}
      </legend>
      <p className="fieldset-hint">
        {intl.formatMessage({ id: 'settings.therapistsField.upTo', defaultMessage: 'Up to' })}{' '}
        {MAX_THERAPISTS}
        {intl.formatMessage({
          id: 'settings.therapistsField.eachNameAsIt',
          defaultMessage:
            ', each name as it is printed on handouts, for example “Jo Bloggs OT”. The audit trail names the therapist using JointPlan when each change was made.',
        })}
      </p>
      {therapists.fields.length === 0 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'settings.therapistsField.noTherapistsYet',
            defaultMessage: 'No therapists yet.',
          })}
        </p>
      )}
      <ol className="row-list therapist-list">
        {therapists.fields.map((row, index) => (
          <li key={row.id}>
            <Controller
              control={control}
              name={`therapists.${index}.name`}
              render={({ field, fieldState }) => (
                <TextField
                  className="field"
                  name={field.name}
                  value={field.value ?? ''}
                  onChange={(value) => {
                    if (field.value !== '' && getValues('therapistName') === field.value)
                      choose(value);
                    field.onChange(value);
                  }}
                  onBlur={field.onBlur}
                  isInvalid={fieldState.invalid}
                  validationBehavior="aria"
                  autoComplete="off"
                >
                  <Label className="field-label">
                    {intl.formatMessage({
                      id: 'settings.therapistsField.therapist',
                      defaultMessage: 'Therapist',
                    })}{' '}
                    {index + 1}
                  </Label>
                  <Input ref={field.ref} />
                  <FieldError>
                    {fieldState.error?.message && domainErrorText(intl, fieldState.error.message)}
                  </FieldError>
                </TextField>
              )}
            />
            <Button
              className="icon-button danger-text"
              aria-label={intl.formatMessage(
                {
                  id: 'settings.therapistsField.removeTherapist',
                  defaultMessage: 'Remove therapist {value}',
                },
                { value: index + 1 },
              )}
              onPress={() => {
                if (getValues('therapistName') === getValues(`therapists.${index}.name`))
                  choose(null);
                therapists.remove(index);
              }}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      {listError && (
        <p className="therapist-list-error" role="alert">
          {listError}
        </p>
      )}
      <NewTherapist
        isDisabled={therapists.fields.length >= MAX_THERAPISTS}
        onAdd={(name) => therapists.append({ name }, { shouldFocus: false })}
      />
      <SelectControl
        control={control}
        name="therapistName"
        label={intl.formatMessage({
          id: 'settings.therapistsField.therapistUsingJointplanNow',
          defaultMessage: 'Therapist using JointPlan now',
        })}
        options={names.map((name) => ({ value: name, label: name }))}
        noneLabel={intl.formatMessage({
          id: 'settings.therapistsField.noOneChosen',
          defaultMessage: 'No one chosen',
        })}
        description={intl.formatMessage({
          id: 'settings.therapistsField.newPlansAreSigned',
          defaultMessage:
            'New plans are signed with this name. You can also switch at the top of the window.',
        })}
        className="current-therapist"
      />
    </fieldset>
  );
}

/** Adds a profile by name; the list checks it like the rest, so a duplicate shows there. */
function NewTherapist({ isDisabled, onAdd }: { isDisabled: boolean; onAdd(name: string): void }) {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (name.trim() === '') return setError('Type the therapist’s name, then add them');
    onAdd(name.trim());
    setName('');
    setError(null);
  };
  return (
    <div className="therapist-add">
      <TextField
        className="field"
        value={name}
        onChange={(value) => {
          setName(value);
          setError(null);
        }}
        onKeyDown={(event) => {
          // Enter adds the name rather than saving the whole form.
          if (event.key !== 'Enter') return event.continuePropagation();
          event.preventDefault();
          add();
        }}
        isDisabled={isDisabled}
        isInvalid={error !== null}
        validationBehavior="aria"
        autoComplete="off"
      >
        <Label className="field-label">
          {intl.formatMessage({
            id: 'settings.therapistsField.newTherapist',
            defaultMessage: 'New therapist',
          })}
        </Label>
        <Input />
        {isDisabled && (
          <Text slot="description">
            {intl.formatMessage({
              id: 'settings.therapistsField.theListIsFull',
              defaultMessage: 'The list is full: remove someone first.',
            })}
          </Text>
        )}
        <FieldError>{error}</FieldError>
      </TextField>
      <Button className="button" isDisabled={isDisabled} onPress={add}>
        {intl.formatMessage({
          id: 'settings.therapistsField.addTherapist',
          defaultMessage: 'Add therapist',
        })}
      </Button>
    </div>
  );
}
