import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { UnlockAnswer, UnlockField, UnlockRequest } from '../../../shared/unlock-contract.ts';
import { sendUnlock } from './unlock-bridge.ts';
import { PROBLEM_MESSAGES, problemValues } from './unlock-messages.ts';

export interface UnlockFormProps {
  onAnswer(answer: UnlockAnswer): void;
  onQuit(): void;
}

/**
 * A form's submission: one request at a time, and a refusal shown on the field it is about
 * (or above the buttons when it is about none), in the page's language.
 */
export function useUnlockForm(onAnswer: (answer: UnlockAnswer) => void) {
  const intl = useIntl();
  const [pending, setPending] = useState(false);
  // A new object per refusal, so the same message refused twice still takes the focus back.
  const [refusal, setRefusal] = useState<{ message: string; field?: UnlockField } | null>(null);
  const errorFor = (field: UnlockField) => (refusal?.field === field ? refusal.message : undefined);
  const submit = (event: FormEvent, request: UnlockRequest) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setRefusal(null);
    void sendUnlock(request).then((answer) => {
      setPending(false);
      if (!answer.ok) {
        const message = intl.formatMessage(
          PROBLEM_MESSAGES[answer.problem],
          problemValues(answer.detail),
        );
        setRefusal({ message, ...(answer.field ? { field: answer.field } : {}) });
      }
      onAnswer(answer);
    });
  };
  const generalError = refusal && !refusal.field ? refusal.message : null;
  return { pending, errorFor, generalError, submit };
}
