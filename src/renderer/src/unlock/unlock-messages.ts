import { defineMessages, type MessageDescriptor } from 'react-intl';
import { MIN_PASSPHRASE_LENGTH, type UnlockProblem } from '../../../shared/unlock-contract.ts';

/** Each refusal in the therapist's words; `detail` (the system's reason) follows `cannot-open`. */
export const PROBLEM_MESSAGES: Record<UnlockProblem, MessageDescriptor> = defineMessages({
  'no-passphrase': { id: 'unlock.problem.noPassphrase', defaultMessage: 'Type your passphrase.' },
  'short-passphrase': {
    id: 'unlock.problem.shortPassphrase',
    defaultMessage: 'A passphrase needs at least {min} characters.',
  },
  'different-passphrases': {
    id: 'unlock.problem.differentPassphrases',
    defaultMessage:
      'The two passphrases are not the same. Type the passphrase again in both fields.',
  },
  'wrong-passphrase': {
    id: 'unlock.problem.wrongPassphrase',
    defaultMessage:
      'That passphrase does not open your data. Nothing was changed. Try again, or use your recovery key.',
  },
  'not-a-recovery-key': {
    id: 'unlock.problem.notARecoveryKey',
    defaultMessage:
      'That is not a whole recovery key: it has 8 groups of 4 letters and numbers. Nothing was changed. Check each group and try again.',
  },
  'wrong-recovery-key': {
    id: 'unlock.problem.wrongRecoveryKey',
    defaultMessage:
      'That recovery key does not open this data. Nothing was changed. Check each group and try again.',
  },
  'out-of-turn': {
    id: 'unlock.problem.outOfTurn',
    defaultMessage: 'The page asked for something out of turn. Nothing was changed.',
  },
  'invalid-request': {
    id: 'unlock.problem.invalidRequest',
    defaultMessage: 'The request was not valid. Nothing was changed.',
  },
  'not-from-window': {
    id: 'unlock.problem.notFromWindow',
    defaultMessage: 'This request did not come from the JointPlan unlock window.',
  },
  'no-address': {
    id: 'unlock.problem.noAddress',
    defaultMessage: 'Open JointPlan with the address printed when the web host started.',
  },
  unreachable: {
    id: 'unlock.problem.unreachable',
    defaultMessage: 'JointPlan is not answering. Quit and start it again. Nothing was changed.',
  },
  'cannot-open': {
    id: 'unlock.problem.cannotOpen',
    defaultMessage: 'JointPlan cannot open its data: {detail}',
  },
});

export const problemValues = (detail: string | undefined) => ({
  min: MIN_PASSPHRASE_LENGTH,
  detail: detail ?? '',
});
