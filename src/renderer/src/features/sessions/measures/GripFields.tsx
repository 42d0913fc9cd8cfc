import { useWatch, type Control } from 'react-hook-form';
import type { SessionOutcomeInput } from '../../../../../shared/domain/session.ts';
import { gripRecord, GRIP_TRIES } from '../../../../../shared/domain/visit-measures.ts';
import { NumberFieldControl } from '../../../components/NumberFieldControl.tsx';

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
  const tries = useWatch({ control, name: `measures.${hand.name}` }) ?? [];
  const valid = tries.map((t) => (typeof t === 'number' && t >= 0 && t <= 90 ? t : null));
  const mean = gripRecord(valid)?.meanKg;
  const headingId = `grip-${hand.word}`;
  return (
    <div role="group" aria-labelledby={headingId} className="grip-hand">
      <p id={headingId} className="field-label">
        Grip strength, {hand.title.toLowerCase()} (kg)
      </p>
      {Array.from({ length: GRIP_TRIES }, (_, i) => (
        <NumberFieldControl
          key={i}
          control={control}
          name={`measures.${hand.name}.${i}`}
          label={`${hand.title}, try ${i + 1} (kg)`}
          step={0.5}
          nullable
        />
      ))}
      <p className="grip-mean" aria-live="polite">
        Mean, {hand.word} hand: {mean === undefined ? 'no tries yet' : `${mean} kg`}
      </p>
    </div>
  );
}
