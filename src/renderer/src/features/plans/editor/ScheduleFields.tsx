import { Checkbox } from 'react-aria-components';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import type { WearingPattern } from '../../../../../shared/domain/schedule.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { PatternFields } from './PatternFields.tsx';

const VARIANTS = [
  { stage: 'flare', label: 'Different during a flare', legend: 'During a flare' },
  { stage: 'stable', label: 'Different when stable', legend: 'When stable' },
] as const;

/** The structured wearing schedule of one splint in the plan. */
export function ScheduleFields({ index, name }: { index: number; name: string }) {
  const { control, setValue, getValues } = useFormContext<PlanContentInput>();
  const base = `orthoses.${index}.schedule` as const;
  const schedule = useWatch({ control, name: base });
  return (
    <div className="schedule-fields">
      <PatternFields path={`${base}.usual`} legend="Usually" />
      {VARIANTS.map(({ stage, label, legend }) => {
        const variant = schedule?.[stage] as WearingPattern | null | undefined;
        return (
          <div key={stage}>
            <Checkbox
              className="checkbox"
              isSelected={Boolean(variant)}
              onChange={(on) =>
                setValue(
                  `${base}.${stage}`,
                  on ? structuredClone(getValues(`${base}.usual`)) : null,
                  { shouldDirty: true },
                )
              }
            >
              <span className="checkbox-box" aria-hidden="true" />
              {label} <span className="visually-hidden">for {name}</span>
            </Checkbox>
            {variant && <PatternFields path={`${base}.${stage}`} legend={legend} />}
          </div>
        );
      })}
      <div className="field-row">
        <NumberFieldControl
          control={control}
          name={`${base}.hoursPerDay`}
          label="Hours a day (optional)"
          minValue={0.5}
          maxValue={24}
          step={0.5}
          nullable
        />
        <TextFieldControl
          control={control}
          name={`${base}.startDate`}
          label="Start date (optional)"
          type="date"
          emptyAsNull
        />
      </div>
    </div>
  );
}
