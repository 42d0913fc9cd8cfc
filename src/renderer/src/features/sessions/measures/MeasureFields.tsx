import type { Control } from 'react-hook-form';
import { measureLabel } from '../../../../../shared/domain/custom-measures.ts';
import type { SessionOutcomeInput } from '../../../../../shared/domain/session.ts';
import type {
  RecordingContext,
  VisitMeasuresInput,
} from '../../../../../shared/domain/visit-measures.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { ActivityFields } from './ActivityFields.tsx';
import { GripFields } from './GripFields.tsx';
import { useIntl } from 'react-intl';

interface Props {
  control: Control<SessionOutcomeInput>;
  /** The rows the form was opened with: splints, goals and clinic measures to ask about. */
  defaults: VisitMeasuresInput;
  context: RecordingContext;
}

// No minValue/maxValue on these fields: react-aria would quietly clamp 300 kg to 90, where
// the therapist should be told the value is out of range (the schema's message says so).

/** The measures of a visit, each optional: leave a field empty when it was not asked. */
export function MeasureFields({ control, defaults, context }: Props) {
  const intl = useIntl();
  return (
    <fieldset className="measures">
      <legend>
        {intl.formatMessage({
          id: 'sessions.measures.measureFields.measuresEachOptional',
          defaultMessage: 'Measures (each optional)',
        })}
      </legend>
      <NumberFieldControl
        control={control}
        name="measures.painNow"
        label={intl.formatMessage({
          id: 'sessions.measures.measureFields.painNow0To',
          defaultMessage: 'Pain now (0 to 10)',
        })}
        description={intl.formatMessage({
          id: 'sessions.measures.measureFields.0IsNoPain',
          defaultMessage: '0 is no pain, 10 the worst pain imaginable.',
        })}
        nullable
      />
      <NumberFieldControl
        control={control}
        name="measures.morningStiffnessMinutes"
        label={intl.formatMessage({
          id: 'sessions.measures.measureFields.morningStiffnessMinutes',
          defaultMessage: 'Morning stiffness (minutes)',
        })}
        description={intl.formatMessage({
          id: 'sessions.measures.measureFields.howLongUntilThe',
          defaultMessage: 'How long until the joints feel as loose as they will get that day.',
        })}
        nullable
      />
      <GripFields control={control} />
      {defaults.splintAdherence.length > 0 && (
        <div role="group" aria-labelledby="adherence-heading" className="measure-group">
          <p id="adherence-heading" className="field-label">
            {intl.formatMessage({
              id: 'sessions.measures.measureFields.daysInTheLast',
              defaultMessage: 'Days in the last week each splint was worn as planned (0 to 7)',
            })}
          </p>
          {defaults.splintAdherence.map((s, i) => (
            <NumberFieldControl
              key={s.splint}
              control={control}
              name={`measures.splintAdherence.${i}.days`}
              label={intl.formatMessage(
                {
                  id: 'sessions.measures.measureFields.daysWornAsPlanned',
                  defaultMessage: 'Days worn as planned: {splint}',
                },
                { splint: s.splint },
              )}
              nullable
            />
          ))}
        </div>
      )}
      <ActivityFields control={control} />
      {defaults.goals.length > 0 && (
        <div role="group" aria-labelledby="goals-heading" className="measure-group">
          <p id="goals-heading" className="field-label">
            {intl.formatMessage({
              id: 'sessions.measures.measureFields.goalAttainment2Much',
              defaultMessage:
                'Goal attainment (−2 much less than expected, 0 as expected, +2 much more)',
            })}
          </p>
          {defaults.goals.map((g, i) => (
            <NumberFieldControl
              key={g.goal}
              control={control}
              name={`measures.goals.${i}.score`}
              label={intl.formatMessage(
                {
                  id: 'sessions.measures.measureFields.goalAttainment',
                  defaultMessage: 'Goal attainment: {goal}',
                },
                { goal: g.goal },
              )}
              nullable
            />
          ))}
        </div>
      )}
      {context.customMeasures.map((m, i) => (
        <NumberFieldControl
          key={m.id}
          control={control}
          name={`measures.custom.${i}.value`}
          label={intl.formatMessage(
            { id: 'sessions.measures.measureFields.to', defaultMessage: '{value}, {min} to {max}' },
            { value: measureLabel(m), min: m.min, max: m.max },
          )}
          description={
            m.higherIsBetter
              ? intl.formatMessage({
                  id: 'sessions.measures.measureFields.higherIsBetter',
                  defaultMessage: 'Higher is better.',
                })
              : intl.formatMessage({
                  id: 'sessions.measures.measureFields.lowerIsBetter',
                  defaultMessage: 'Lower is better.',
                })
          }
          step={0.1}
          nullable
        />
      ))}
    </fieldset>
  );
}
