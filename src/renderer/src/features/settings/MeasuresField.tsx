import { Button, Checkbox } from 'react-aria-components';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { MAX_CUSTOM_MEASURES } from '../../../../shared/domain/custom-measures.ts';
import type { SettingsFormInput, SettingsFormValues } from '../../../../shared/domain/settings.ts';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useIntl } from 'react-intl';

type SettingsFormApi = UseFormReturn<SettingsFormInput, unknown, SettingsFormValues>;

/**
 * Measures the clinic records at visits beside the built-in ones (pain, stiffness, grip…),
 * charted on each patient's page. Questionnaires that need a licence are not built in; a
 * clinic that holds one can add its score here.
 */
export function MeasuresField({ form }: { form: SettingsFormApi }) {
  const intl = useIntl();
  const { control } = form;
  const measures = useFieldArray({ control, name: 'customMeasures', keyName: 'rowKey' });
  return (
    <fieldset className="measures-field">
      <legend>
        {intl.formatMessage({
          id: 'settings.measuresField.clinicMeasures',
          defaultMessage: 'Clinic measures',
        })}
      </legend>
      <p className="fieldset-hint">
        {intl.formatMessage({
          id: 'settings.measuresField.yourOwnMeasuresRecorded',
          defaultMessage:
            'Your own measures, recorded at visits and charted on the patient’s page. Records keep each value with the measure’s name, so renaming or removing one later leaves them as they were.',
        })}
      </p>
      <ol className="get-help-lines">
        {measures.fields.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.rowKey} className="get-help-line">
              <div className="field-row">
                <TextFieldControl
                  control={control}
                  name={`customMeasures.${index}.name`}
                  label={intl.formatMessage(
                    {
                      id: 'settings.measuresField.measureName',
                      defaultMessage: 'Measure {n} name',
                    },
                    { n },
                  )}
                  isRequired
                />
                <TextFieldControl
                  control={control}
                  name={`customMeasures.${index}.unit`}
                  label={intl.formatMessage(
                    {
                      id: 'settings.measuresField.measureUnit',
                      defaultMessage: 'Measure {n} unit',
                    },
                    { n },
                  )}
                  description={intl.formatMessage({
                    id: 'settings.measuresField.forExampleKgDegrees',
                    defaultMessage: 'For example kg, degrees or points; may be empty.',
                  })}
                />
              </div>
              <div className="field-row">
                <NumberFieldControl
                  control={control}
                  name={`customMeasures.${index}.min`}
                  label={intl.formatMessage(
                    {
                      id: 'settings.measuresField.measureLowestValue',
                      defaultMessage: 'Measure {n} lowest value',
                    },
                    { n },
                  )}
                  step={0.1}
                  isRequired
                />
                <NumberFieldControl
                  control={control}
                  name={`customMeasures.${index}.max`}
                  label={intl.formatMessage(
                    {
                      id: 'settings.measuresField.measureHighestValue',
                      defaultMessage: 'Measure {n} highest value',
                    },
                    { n },
                  )}
                  step={0.1}
                  isRequired
                />
              </div>
              <Controller
                control={control}
                name={`customMeasures.${index}.higherIsBetter`}
                render={({ field }) => (
                  <Checkbox
                    className="checkbox"
                    isSelected={Boolean(field.value)}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                  >
                    <span className="checkbox-box" aria-hidden="true" />
                    {intl.formatMessage({
                      id: 'settings.measuresField.aHigherValueOf',
                      defaultMessage: 'A higher value of measure',
                    })}{' '}
                    {n}{' '}
                    {intl.formatMessage({
                      id: 'settings.measuresField.isBetter',
                      defaultMessage: 'is better',
                    })}
                  </Checkbox>
                )}
              />
              <Button className="button danger-text" onPress={() => measures.remove(index)}>
                {intl.formatMessage({
                  id: 'settings.measuresField.removeMeasure',
                  defaultMessage: 'Remove measure',
                })}{' '}
                {n}
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="logo-actions">
        <Button
          className="button"
          isDisabled={measures.fields.length >= MAX_CUSTOM_MEASURES}
          onPress={() =>
            measures.append(
              {
                id: crypto.randomUUID(),
                name: '',
                unit: '',
                min: 0,
                max: 10,
                higherIsBetter: true,
              },
              { shouldFocus: true },
            )
          }
        >
          {intl.formatMessage({
            id: 'settings.measuresField.addAMeasure',
            defaultMessage: 'Add a measure',
          })}
        </Button>
      </div>
    </fieldset>
  );
}
