import { measureLabel } from '../../../../shared/domain/custom-measures.ts';
import {
  ADHERENCE_LABELS,
  painText,
  type RecordedOutcome,
} from '../../../../shared/domain/session.ts';
import type { GripRecord } from '../../../../shared/domain/visit-measures.ts';
import type { Fact } from '../../components/FactList.tsx';

const grip = (g: GripRecord | null) =>
  g ? `mean ${g.meanKg} kg (tries ${g.tries.join(', ')})` : 'not measured';
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** A recorded session's pain, schedule and measures, as the session page and its earlier records show them. */
export function outcomeFacts(
  outcome: Pick<RecordedOutcome, 'pain' | 'adherence' | 'measures'>,
): Fact[] {
  const m = outcome.measures;
  const facts: Fact[] = [
    ...(m ? [['Pain now', painText(m.painNow)] satisfies Fact] : []),
    ['Pain after activity', painText(outcome.pain)],
    [
      'Splint schedule kept',
      outcome.adherence ? ADHERENCE_LABELS[outcome.adherence] : 'Not discussed',
    ],
  ];
  if (!m) return facts;
  facts.push(
    [
      'Morning stiffness',
      m.morningStiffnessMinutes === null ? 'not asked' : `${m.morningStiffnessMinutes} minutes`,
    ],
    ['Grip, left hand', grip(m.gripLeft)],
    ['Grip, right hand', grip(m.gripRight)],
    ...m.splintAdherence.map((s): Fact => [`Worn as planned: ${s.splint}`, `${s.days} of 7 days`]),
    ...m.activities.map((a): Fact => [
      `Activity: ${a.activity}`,
      a.score === null ? 'not rated' : `${a.score}/10`,
    ]),
    ...m.goals.map((g): Fact => [`Goal: ${g.goal}`, signed(g.score)]),
    ...m.custom.map((c): Fact => [measureLabel(c), String(c.value)]),
  );
  return facts;
}
