import { Button, Checkbox } from 'react-aria-components';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { catalogueItemName, type CatalogueItem } from '../../../../../shared/domain/catalogue.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { useCatalogueList } from '../../catalogue/queries.ts';
import { DayTimeline } from './DayTimeline.tsx';
import { StrategyFields } from './StrategyFields.tsx';
import { TimetableRows } from './TimetableRows.tsx';

/** Rest and pacing: a break rule, a daily timetable, and the chosen energy-saving strategies. */
export function RestSection() {
  const { control, setValue } = useFormContext<PlanContentInput>();
  const breakRule = useWatch({ control, name: 'rest.breakRule' });
  const pacing = useCatalogueList('pacing');
  const strategies = useCatalogueList('strategy');
  const timetable = useFieldArray({ control, name: 'rest.timetable' });

  const applyPattern = (item: CatalogueItem) => {
    if (item.content.kind !== 'pacing') return;
    setValue(
      'rest.breakRule',
      {
        restMinutes: item.content.restMinutes,
        everyMinutes: item.content.activityMinutes,
        // Kept so the handout prints what the pattern means, not only its two numbers.
        pacingId: item.id,
      },
      { shouldDirty: true },
    );
  };

  return (
    <section className="plan-section" aria-labelledby="plan-rest">
      <h2 id="plan-rest">Rest and pacing</h2>
      <Checkbox
        className="checkbox"
        isSelected={Boolean(breakRule)}
        onChange={(on) =>
          setValue(
            'rest.breakRule',
            on ? { restMinutes: 5, everyMinutes: 30, pacingId: null } : null,
            {
              shouldDirty: true,
            },
          )
        }
      >
        <span className="checkbox-box" aria-hidden="true" />
        Take regular breaks
      </Checkbox>
      {breakRule && (
        <>
          <div className="field-row">
            <NumberFieldControl
              control={control}
              name="rest.breakRule.restMinutes"
              label="Minutes of rest"
              minValue={1}
              maxValue={120}
            />
            <NumberFieldControl
              control={control}
              name="rest.breakRule.everyMinutes"
              label="Every … minutes of activity"
              minValue={5}
              maxValue={240}
            />
          </div>
          <div className="pattern-shortcuts" role="group" aria-label="Common break patterns">
            {(pacing.data ?? []).map((item) => (
              <Button key={item.id} className="button small" onPress={() => applyPattern(item)}>
                {catalogueItemName(item.content)}
              </Button>
            ))}
          </div>
        </>
      )}

      <h3>Daily timetable</h3>
      <DayTimeline blocks={useWatch({ control, name: 'rest.timetable' }) ?? []} />
      <TimetableRows array={timetable} />

      <h3>Energy-saving strategies</h3>
      <StrategyFields strategies={strategies.data ?? []} />
    </section>
  );
}
