import { Button, Checkbox } from 'react-aria-components';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { MAX_CUSTOM_MEASURES } from '../../../../shared/domain/custom-measures.ts';
import type { SettingsFormInput, SettingsFormValues } from '../../../../shared/domain/settings.ts';
import { NumberFieldControl } from '../../components/NumberFieldControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';

type SettingsFormApi = UseFormReturn<SettingsFormInput, unknown, SettingsFormValues>;

/**
 * Measures the clinic records at visits beside the built-in ones (pain, stiffness, grip…),
 * charted on each patient's page. Questionnaires that need a licence are not built in; a
 * clinic that holds one can add its score here.
 */
export function MeasuresField({ form }: { form: SettingsFormApi }) {
  const { control } = form;
  const measures = useFieldArray({ control, name: 'customMeasures', keyName: 'rowKey' });
  return (
    <fieldset className="measures-field">
      <legend>Clinic measures</legend>
      <p className="fieldset-hint">
        Your own measures, recorded at visits and charted on the patient&rsquo;s page. Records keep
        each value with the measure&rsquo;s name, so renaming or removing one later leaves them as
        they were.
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
                  label={`Measure ${n} name`}
                  isRequired
                />
                <TextFieldControl
                  control={control}
                  name={`customMeasures.${index}.unit`}
                  label={`Measure ${n} unit`}
                  description="For example kg, degrees or points; may be empty."
                />
              </div>
              <div className="field-row">
                <NumberFieldControl
                  control={control}
                  name={`customMeasures.${index}.min`}
                  label={`Measure ${n} lowest value`}
                  step={0.1}
                  isRequired
                />
                <NumberFieldControl
                  control={control}
                  name={`customMeasures.${index}.max`}
                  label={`Measure ${n} highest value`}
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
                    <span className="checkbox-box" aria-hidden="true" />A higher value of measure{' '}
                    {n} is better
                  </Checkbox>
                )}
              />
              <Button className="button danger-text" onPress={() => measures.remove(index)}>
                Remove measure {n}
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
          Add a measure
        </Button>
      </div>
    </fieldset>
  );
}
