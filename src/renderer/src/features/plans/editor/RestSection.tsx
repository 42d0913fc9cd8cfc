import { Button, Checkbox } from 'react-aria-components';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { catalogueItemName, type CatalogueItem } from '../../../../../shared/domain/catalogue.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { useCatalogueList } from '../../catalogue/queries.ts';
import { DayTimeline } from './DayTimeline.tsx';
import { StrategyFields } from './StrategyFields.tsx';
import { TimetableRows } from './TimetableRows.tsx';
import { useIntl } from 'react-intl';

/** Rest and pacing: a break rule, a daily timetable, and the chosen energy-saving strategies. */
export function RestSection() {
  const intl = useIntl();
  const { control, setValue } = useFormContext<PlanContentInput>();
  const breakRule = useWatch({ control, name: 'rest.breakRule' });
  const pacing = useCatalogueList('pacing');
  const strategies = useCatalogueList('strategy');
  const timetable = useFieldArray({ control, name: 'rest.timetable' });
  const blocks = useWatch({ control, name: 'rest.timetable' }) ?? [];

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
      <h2 id="plan-rest">
        {intl.formatMessage({
          id: 'plans.editor.restSection.restAndPacing',
          defaultMessage: 'Rest and pacing',
        })}
      </h2>
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

        {intl.formatMessage({
          id: 'plans.editor.restSection.takeRegularBreaks',
          defaultMessage: 'Take regular breaks',
        })}
      </Checkbox>
      {breakRule && (
        <>
          <div className="field-row">
            <NumberFieldControl
              control={control}
              name="rest.breakRule.restMinutes"
              label={intl.formatMessage({
                id: 'plans.editor.restSection.minutesOfRest',
                defaultMessage: 'Minutes of rest',
              })}
              minValue={1}
              maxValue={120}
            />
            <NumberFieldControl
              control={control}
              name="rest.breakRule.everyMinutes"
              label={intl.formatMessage({
                id: 'plans.editor.restSection.everyMinutesOfActivity',
                defaultMessage: 'Every … minutes of activity',
              })}
              minValue={5}
              maxValue={240}
            />
          </div>
          <div
            className="pattern-shortcuts"
            role="group"
            aria-label={intl.formatMessage({
              id: 'plans.editor.restSection.commonBreakPatterns',
              defaultMessage: 'Common break patterns',
            })}
          >
            {(pacing.data ?? []).map((item) => (
              <Button key={item.id} className="button small" onPress={() => applyPattern(item)}>
                {catalogueItemName(item.content)}
              </Button>
            ))}
          </div>
        </>
      )}

      <h3>
        {intl.formatMessage({
          id: 'plans.editor.restSection.dailyTimetable',
          defaultMessage: 'Daily timetable',
        })}
      </h3>
      <DayTimeline blocks={blocks} />
      <LongBlocksNotice blocks={blocks} everyMinutes={breakRule?.everyMinutes ?? null} />
      <TimetableRows array={timetable} />

      <h3>
        {intl.formatMessage({
          id: 'plans.editor.restSection.energySavingStrategies',
          defaultMessage: 'Energy-saving strategies',
        })}
      </h3>
      <StrategyFields strategies={strategies.data ?? []} />
    </section>
  );
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A soft warning, not an error: an activity block longer than the break rule teaches the
 * opposite of the rule on the handout (the clinical review's 5.4). The therapist may mean it.
 */
function LongBlocksNotice({
  blocks,
  everyMinutes,
}: {
  blocks: readonly { start?: string; end?: string; kind?: string; label?: string }[];
  everyMinutes: number | null;
}) {
  const intl = useIntl();
  if (!everyMinutes) return null;
  const long = blocks.filter(
    (b) =>
      b.kind === 'activity' &&
      /^\d\d:\d\d$/.test(b.start ?? '') &&
      /^\d\d:\d\d$/.test(b.end ?? '') &&
      minutesOf(b.end ?? '') - minutesOf(b.start ?? '') > everyMinutes,
  );
  if (long.length === 0) return null;
  return (
    <p className="notice" role="status">
      {long.map((b) => `${b.start} to ${b.end}${b.label ? ` (${b.label})` : ''}`).join('; ')}{' '}
      {long.length === 1
        ? intl.formatMessage({ id: 'plans.editor.restSection.is', defaultMessage: 'is' })
        : intl.formatMessage({ id: 'plans.editor.restSection.are', defaultMessage: 'are' })}{' '}
      {intl.formatMessage({
        id: 'plans.editor.restSection.longerThanTheBreak',
        defaultMessage: 'longer than the break rule’s',
      })}{' '}
      {everyMinutes}{' '}
      {intl.formatMessage({
        id: 'plans.editor.restSection.minutesSplit',
        defaultMessage: 'minutes. Split',
      })}{' '}
      {long.length === 1
        ? intl.formatMessage({ id: 'plans.editor.restSection.it', defaultMessage: 'it' })
        : intl.formatMessage({ id: 'plans.editor.restSection.them', defaultMessage: 'them' })}{' '}
      {intl.formatMessage({
        id: 'plans.editor.restSection.orAddARest',
        defaultMessage: 'or add a rest, so the day matches the rule.',
      })}
    </p>
  );
}
