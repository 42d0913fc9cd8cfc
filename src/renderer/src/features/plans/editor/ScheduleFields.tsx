import { useFormContext } from 'react-hook-form';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { WearingPatternFields } from '../../../components/schedule/WearingPatternFields.tsx';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { useIntl } from 'react-intl';

/** The structured wearing schedule of one splint in the plan: usual, flare and stable. */
export function ScheduleFields({ index }: { index: number }) {
  const intl = useIntl();
  const { control } = useFormContext<PlanContentInput>();
  const base = `orthoses.${index}.schedule` as const;
  return (
    <div className="schedule-fields">
      <WearingPatternFields
        schedulePath={base}
        stage="usual"
        legend={intl.formatMessage({
          id: 'plans.editor.scheduleFields.usually',
          defaultMessage: 'Usually',
        })}
      />
      <WearingPatternFields
        schedulePath={base}
        stage="flare"
        legend={intl.formatMessage({
          id: 'plans.editor.scheduleFields.duringAFlare',
          defaultMessage: 'During a flare',
        })}
      />
      <WearingPatternFields
        schedulePath={base}
        stage="stable"
        legend={intl.formatMessage({
          id: 'plans.editor.scheduleFields.whenStable',
          defaultMessage: 'When stable',
        })}
      />
      <div className="field-row">
        <NumberFieldControl
          control={control}
          name={`${base}.hoursPerDay`}
          label={intl.formatMessage({
            id: 'plans.editor.scheduleFields.hoursADayOptional',
            defaultMessage: 'Hours a day (optional)',
          })}
          minValue={0.5}
          maxValue={24}
          step={0.5}
          nullable
        />
        <TextFieldControl
          control={control}
          name={`${base}.startDate`}
          label={intl.formatMessage({
            id: 'plans.editor.scheduleFields.startDateOptional',
            defaultMessage: 'Start date (optional)',
          })}
          type="date"
          emptyAsNull
        />
      </div>
    </div>
  );
}
