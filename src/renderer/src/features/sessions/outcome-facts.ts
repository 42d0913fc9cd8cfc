import {
  ADHERENCE_LABELS,
  painText,
  type SessionOutcome,
} from '../../../../shared/domain/session.ts';
import type { Fact } from '../../components/FactList.tsx';

/** A recorded session's pain and schedule, as the session page and its earlier records show them. */
export function outcomeFacts(outcome: Pick<SessionOutcome, 'pain' | 'adherence'>): Fact[] {
  return [
    ['Pain after activity', painText(outcome.pain)],
    [
      'Splint schedule kept',
      outcome.adherence ? ADHERENCE_LABELS[outcome.adherence] : 'Not discussed',
    ],
  ];
}
