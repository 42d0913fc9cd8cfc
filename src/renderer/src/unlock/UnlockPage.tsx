import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UnlockAnswer, UnlockStage } from '../../../shared/unlock-contract.ts';
import { ChooseForm } from './ChooseForm.tsx';
import { PassphraseForm } from './PassphraseForm.tsx';
import { RecoveryKeyForm } from './RecoveryKeyForm.tsx';
import { sendUnlock } from './unlock-bridge.ts';
import { PROBLEM_MESSAGES, problemValues } from './unlock-messages.ts';

/** What the page is doing: asking (a stage), opening the app, or stopped. */
type View =
  UnlockStage | { stage: 'loading' } | { stage: 'quit' } | { stage: 'broken'; message: string };

/**
 * Shown before the data opens, when this computer cannot unlock it by itself: the recovery
 * key, a passphrase, or (with no keyring) how to keep the key. The main process (or web host)
 * decides each step; this page only asks and shows its answers.
 */
export function UnlockPage() {
  const intl = useIntl();
  const [view, setView] = useState<View>({ stage: 'loading' });

  useEffect(() => {
    void sendUnlock({ action: 'state' }).then((answer) =>
      setView(
        answer.ok
          ? answer.next
          : {
              stage: 'broken',
              message: intl.formatMessage(
                PROBLEM_MESSAGES[answer.problem],
                problemValues(answer.detail),
              ),
            },
      ),
    );
  }, [intl]);

  useEffect(() => {
    // The web host serves the app at the same address once the data is open; in Electron
    // the main process closes this window and opens the app's.
    if (view.stage === 'open' && window.unlock?.host === 'web') window.location.replace('./');
  }, [view.stage]);

  /** Moves on when the answer says so; otherwise the form shows the refusal. */
  const onAnswer = (answer: UnlockAnswer) => {
    if (answer.ok) setView(answer.next);
  };
  const quit = () => {
    void sendUnlock({ action: 'quit' }).then(() => setView({ stage: 'quit' }));
  };

  return (
    <main className="unlock-page">
      <div className="unlock-card">
        {view.stage === 'loading' && (
          <p role="status">
            <FormattedMessage id="unlock.starting" defaultMessage="Starting JointPlan…" />
          </p>
        )}
        {view.stage === 'broken' && (
          <p role="alert" className="unlock-problem">
            {view.message}
          </p>
        )}
        {view.stage === 'open' && (
          <p role="status">
            <FormattedMessage id="unlock.opening" defaultMessage="Opening your data…" />
          </p>
        )}
        {view.stage === 'quit' && (
          <p role="status">
            <FormattedMessage
              id="unlock.stopped"
              defaultMessage="JointPlan has stopped. Nothing was changed. You can close this window."
            />
          </p>
        )}
        {view.stage === 'recovery-key' && (
          <RecoveryKeyForm withPassphrase={view.withPassphrase} onAnswer={onAnswer} onQuit={quit} />
        )}
        {view.stage === 'passphrase' && <PassphraseForm onAnswer={onAnswer} onQuit={quit} />}
        {view.stage === 'choose' && (
          <ChooseForm allowUnprotected={view.allowUnprotected} onAnswer={onAnswer} onQuit={quit} />
        )}
      </div>
    </main>
  );
}
