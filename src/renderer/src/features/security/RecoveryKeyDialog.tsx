import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { recoveryGroupSchema } from '../../../../shared/domain/security.ts';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { useConfirmRecoveryKey, useSecurityStatus } from './queries.ts';
import './security.css';
import { useIntl } from 'react-intl';

const confirmSchema = z.object({ first: recoveryGroupSchema, second: recoveryGroupSchema });
type ConfirmValues = z.infer<typeof confirmSchema>;

/**
 * At first start (and just after encrypting) the recovery key is shown once, to be printed
 * or written down; two of its groups are then typed back, so it is not lost unread. It cannot
 * be dismissed: without it, data whose keychain entry is lost cannot be opened.
 */
export function RecoveryKeyDialog() {
  const intl = useIntl();
  const status = useSecurityStatus();
  const pending = status.data?.recoveryKey ?? null;
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  return (
    <DialogFrame
      isOpen={pending !== null}
      title={
        step === 'show'
          ? intl.formatMessage({
              id: 'security.recoveryKeyDialog.yourRecoveryKey',
              defaultMessage: 'Your recovery key',
            })
          : intl.formatMessage({
              id: 'security.recoveryKeyDialog.confirmYourRecoveryKey',
              defaultMessage: 'Confirm your recovery key',
            })
      }
      onClose={() => {}}
      role="alertdialog"
    >
      {pending && step === 'show' && (
        <ShowKey groups={pending.groups} onWritten={() => setStep('confirm')} />
      )}
      {pending && step === 'confirm' && (
        <ConfirmKey positions={pending.confirmGroups} onBack={() => setStep('show')} />
      )}
    </DialogFrame>
  );
}

function ShowKey({ groups, onWritten }: { groups: string[]; onWritten(): void }) {
  const intl = useIntl();
  return (
    <>
      <div className="dialog-body">
        <p>
          {intl.formatMessage({
            id: 'security.recoveryKeyDialog.jointplanEncryptsYourPatients',
            defaultMessage:
              'JointPlan encrypts your patients’ data on this computer. This recovery key opens it if this computer can no longer unlock it (after reinstalling the operating system, or on a new computer).',
          })}
        </p>
        <ol
          className="recovery-key"
          aria-label={intl.formatMessage({
            id: 'security.recoveryKeyDialog.recoveryKey',
            defaultMessage: 'Recovery key',
          })}
        >
          {groups.map((group, i) => (
            <li key={i} className="recovery-key-group">
              {group}
            </li>
          ))}
        </ol>
        <p>
          <strong>
            {intl.formatMessage({
              id: 'security.recoveryKeyDialog.printItOrWrite',
              defaultMessage: 'Print it or write it down now',
            })}
          </strong>
          {intl.formatMessage({
            id: 'security.recoveryKeyDialog.andKeepItSomewhere',
            defaultMessage:
              ', and keep it somewhere safe away from this computer. JointPlan will not show it again. Without it, lost access cannot be recovered by anyone.',
          })}
        </p>
      </div>
      <div className="dialog-actions">
        <Button className="button" onPress={() => window.print()}>
          {intl.formatMessage({ id: 'security.recoveryKeyDialog.print', defaultMessage: 'Print…' })}
        </Button>
        <Button className="button primary" onPress={onWritten} autoFocus>
          {intl.formatMessage({
            id: 'security.recoveryKeyDialog.iHaveWrittenIt',
            defaultMessage: 'I have written it down',
          })}
        </Button>
      </div>
    </>
  );
}

function ConfirmKey({ positions, onBack }: { positions: [number, number]; onBack(): void }) {
  const intl = useIntl();
  const confirm = useConfirmRecoveryKey();
  const form = useForm<ConfirmValues>({
    resolver: zodResolver(confirmSchema),
    defaultValues: { first: '', second: '' },
  });
  const submit = form.handleSubmit((values) =>
    confirm.mutate([values.first, values.second], {
      onError: (error) => form.setError('second', { message: error.message }),
    }),
  );
  return (
    <Form onSubmit={(event) => void submit(event)}>
      <div className="dialog-body">
        <p>
          {intl.formatMessage({
            id: 'security.recoveryKeyDialog.toCheckThatYou',
            defaultMessage:
              'To check that you have it, type these two groups from what you wrote down.',
          })}
        </p>
        <div className="recovery-confirm-fields">
          <TextFieldControl
            control={form.control}
            name="first"
            label={intl.formatMessage(
              { id: 'security.recoveryKeyDialog.group', defaultMessage: 'Group {value}' },
              { value: positions[0] },
            )}
          />
          <TextFieldControl
            control={form.control}
            name="second"
            label={intl.formatMessage(
              { id: 'security.recoveryKeyDialog.group', defaultMessage: 'Group {value}' },
              { value: positions[1] },
            )}
          />
        </div>
      </div>
      <div className="dialog-actions">
        <Button className="button" onPress={onBack}>
          {intl.formatMessage({
            id: 'security.recoveryKeyDialog.showTheKeyAgain',
            defaultMessage: 'Show the key again',
          })}
        </Button>
        <Button className="button primary" type="submit" isPending={confirm.isPending}>
          {intl.formatMessage({
            id: 'security.recoveryKeyDialog.confirm',
            defaultMessage: 'Confirm',
          })}
        </Button>
      </div>
    </Form>
  );
}
