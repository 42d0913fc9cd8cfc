import { Button } from 'react-aria-components';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import {
  defaultGetHelp,
  HELP_URGENCIES,
  HELP_URGENCY_LABELS,
} from '../../../../shared/domain/handout-safety.ts';
import type { SettingsFormInput, SettingsFormValues } from '../../../../shared/domain/settings.ts';
import { SelectControl } from '../../components/SelectControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useIntl } from 'react-intl';

type SettingsFormApi = UseFormReturn<SettingsFormInput, unknown, SettingsFormValues>;

const URGENCY_OPTIONS = HELP_URGENCIES.map((u) => ({ value: u, label: HELP_URGENCY_LABELS[u] }));

/**
 * The "Get help quickly" box every handout prints: the clinic words each line and gives its
 * numbers. The handout sorts the lines by how fast, most urgent first.
 */
export function GetHelpField({ form }: { form: SettingsFormApi }) {
  const intl = useIntl();
  const { control, formState } = form;
  const lines = useFieldArray({ control, name: 'getHelp' });
  const listError = formState.errors.getHelp?.root?.message ?? formState.errors.getHelp?.message;
  return (
    <fieldset className="get-help-field">
      <legend>
        {intl.formatMessage({
          id: 'settings.getHelpField.getHelpQuicklyBox',
          defaultMessage: '“Get help quickly” box',
        })}
      </legend>
      <p className="fieldset-hint">
        {intl.formatMessage({
          id: 'settings.getHelpField.printedOnEveryHandout',
          defaultMessage:
            'Printed on every handout, most urgent first. Say what the patient notices, then how fast to act and whom to call. Plans keep the box as it was when they were finalised.',
        })}
      </p>
      <ol className="get-help-lines">
        {lines.fields.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.id} className="get-help-line">
              <div className="field-row">
                <SelectControl
                  control={control}
                  name={`getHelp.${index}.urgency`}
                  label={intl.formatMessage(
                    {
                      id: 'settings.getHelpField.howFastLine',
                      defaultMessage: 'How fast, line {n}',
                    },
                    { n },
                  )}
                  options={URGENCY_OPTIONS}
                />
                <TextFieldControl
                  control={control}
                  name={`getHelp.${index}.phone`}
                  label={intl.formatMessage(
                    { id: 'settings.getHelpField.phoneLine', defaultMessage: 'Phone, line {n}' },
                    { n },
                  )}
                  type="tel"
                  emptyAsNull
                />
              </div>
              <TextFieldControl
                control={control}
                name={`getHelp.${index}.sign`}
                label={intl.formatMessage(
                  {
                    id: 'settings.getHelpField.whatThePatientNotices',
                    defaultMessage: 'What the patient notices, line {n}',
                  },
                  { n },
                )}
                multiline
              />
              <TextFieldControl
                control={control}
                name={`getHelp.${index}.action`}
                label={intl.formatMessage(
                  {
                    id: 'settings.getHelpField.whatToDoLine',
                    defaultMessage: 'What to do, line {n}',
                  },
                  { n },
                )}
                {...(index === 0
                  ? { description: 'Say how fast and whom: “Call your doctor today.”' }
                  : {})}
              />
              <Button className="button danger-text" onPress={() => lines.remove(index)}>
                {intl.formatMessage({
                  id: 'settings.getHelpField.removeLine',
                  defaultMessage: 'Remove line',
                })}{' '}
                {n}
              </Button>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p className="therapist-list-error" role="alert">
          {listError}
        </p>
      )}
      <div className="logo-actions">
        <Button
          className="button"
          isDisabled={lines.fields.length >= 12}
          onPress={() =>
            lines.append(
              { urgency: 'clinic', sign: '', action: '', phone: null },
              { shouldFocus: true },
            )
          }
        >
          {intl.formatMessage({
            id: 'settings.getHelpField.addALine',
            defaultMessage: 'Add a line',
          })}
        </Button>
        <Button className="button" onPress={() => lines.replace(defaultGetHelp())}>
          {intl.formatMessage({
            id: 'settings.getHelpField.useTheSuggestedLines',
            defaultMessage: 'Use the suggested lines',
          })}
        </Button>
      </div>
    </fieldset>
  );
}
