import { useWatch, type Control } from 'react-hook-form';
import type { SessionOutcomeInput } from '../../../../../shared/domain/session.ts';
import { gripRecord, GRIP_TRIES } from '../../../../../shared/domain/visit-measures.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';
import { useIntl } from 'react-intl';

const HANDS = [
  { name: 'gripLeftKg', word: 'left', title: 'Left hand' },
  { name: 'gripRightKg', word: 'right', title: 'Right hand' },
] as const;

/** Three tries a hand in kg, with their mean worked out as they are typed. */
export function GripFields({ control }: { control: Control<SessionOutcomeInput> }) {
  return (
    <div className="grip-hands">
      {HANDS.map((hand) => (
        <Hand key={hand.name} control={control} hand={hand} />
      ))}
    </div>
  );
}

function Hand({
  control,
  hand,
}: {
  control: Control<SessionOutcomeInput>;
  hand: (typeof HANDS)[number];
}) {
  const intl = useIntl();
  const tries = useWatch({ control, name: `measures.${hand.name}` }) ?? [];
  const valid = tries.map((t) => (typeof t === 'number' && t >= 0 && t <= 90 ? t : null));
  const mean = gripRecord(valid)?.meanKg;
  const headingId = `grip-${hand.word}`;
  return (
    <div role="group" aria-labelledby={headingId} className="grip-hand">
      <p id={headingId} className="field-label">
        {intl.formatMessage({
          id: 'sessions.measures.gripFields.gripStrength',
          defaultMessage: 'Grip strength,',
        })}{' '}
        {hand.title.toLowerCase()}{' '}
        {intl.formatMessage({ id: 'sessions.measures.gripFields.kg', defaultMessage: '(kg)' })}
      </p>
      {Array.from({ length: GRIP_TRIES }, (_, i) => (
        <NumberFieldControl
          key={i}
          control={control}
          name={`measures.${hand.name}.${i}`}
          label={intl.formatMessage(
            {
              id: 'sessions.measures.gripFields.tryKg',
              defaultMessage: '{title}, try {value} (kg)',
            },
            { title: hand.title, value: i + 1 },
          )}
          step={0.5}
          nullable
        />
      ))}
      <p className="grip-mean" aria-live="polite">
        {intl.formatMessage({ id: 'sessions.measures.gripFields.mean', defaultMessage: 'Mean,' })}{' '}
        {hand.word}{' '}
        {intl.formatMessage({ id: 'sessions.measures.gripFields.hand', defaultMessage: 'hand:' })}{' '}
        {mean === undefined
          ? intl.formatMessage({
              id: 'sessions.measures.gripFields.noTriesYet',
              defaultMessage: 'no tries yet',
            })
          : intl.formatMessage(
              { id: 'sessions.measures.gripFields.kg2', defaultMessage: '{mean} kg' },
              { mean },
            )}
      </p>
    </div>
  );
}
