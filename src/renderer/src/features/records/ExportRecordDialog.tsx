import { useState } from 'react';
import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import {
  PASSPHRASE_MIN_LENGTH,
  type RecordProtection,
} from '../../../../shared/domain/record-file.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DialogFrame } from '../../components/DialogFrame.tsx';
import { downloadJson } from '../../lib/download.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { useExportRecord } from './queries.ts';
import './records.css';
import { useIntl } from 'react-intl';

interface Props {
  patientId: string;
  isOpen: boolean;
  onClose(): void;
}

/**
 * Exports the record protected with a passphrase typed twice; exporting it unprotected takes
 * a second, explicit answer that says what that means.
 */
export function ExportRecordDialog({ patientId, isOpen, onClose }: Props) {
  const intl = useIntl();
  const exportRecord = useExportRecord();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string }>({});
  const [askingUnprotected, setAskingUnprotected] = useState(false);

  const close = () => {
    setPassphrase('');
    setAgain('');
    setErrors({});
    setAskingUnprotected(false);
    onClose();
  };

  const run = (protection: RecordProtection) =>
    exportRecord.mutate(
      { patientId, protection },
      {
        onSuccess: ({ fileName, text }) => {
          downloadJson(fileName, text);
          toast.success(
            'passphrase' in protection
              ? intl.formatMessage(
                  {
                    id: 'records.exportRecordDialog.recordExportedProtectedWith',
                    defaultMessage:
                      'Record exported, protected with your passphrase, as {fileName}',
                  },
                  { fileName },
                )
              : intl.formatMessage(
                  {
                    id: 'records.exportRecordDialog.recordExportedWithoutProtection',
                    defaultMessage: 'Record exported without protection as {fileName}',
                  },
                  { fileName },
                ),
          );
          close();
        },
        onError: (e) => {
          setAskingUnprotected(false);
          toast.error(
            intl.formatMessage(
              {
                id: 'records.exportRecordDialog.theRecordCouldNot',
                defaultMessage: 'The record could not be exported. {message}',
              },
              { message: e.message },
            ),
          );
        },
      },
    );

  const exportProtected = () => {
    const next: typeof errors = {};
    if (passphrase.length < PASSPHRASE_MIN_LENGTH)
      next.passphrase = `Use at least ${PASSPHRASE_MIN_LENGTH} characters: a few words are easiest to type and remember`;
    if (again !== passphrase) next.again = 'The two passphrases are not the same';
    setErrors(next);
    if (next.passphrase === undefined && next.again === undefined) run({ passphrase });
  };

  return (
    <>
      <DialogFrame
        isOpen={isOpen && !askingUnprotected}
        title={intl.formatMessage({
          id: 'records.exportRecordDialog.exportRecord',
          defaultMessage: 'Export record',
        })}
        onClose={close}
      >
        <form
          className="record-export"
          onSubmit={(e) => {
            e.preventDefault();
            exportProtected();
          }}
        >
          <p>
            {intl.formatMessage({
              id: 'records.exportRecordDialog.theFileHoldsThis',
              defaultMessage:
                'The file holds this patient’s whole record. It is protected with a passphrase: only someone who knows it can open the file. Give the passphrase to the person who imports the record in another way than the file itself (in person or by phone).',
            })}
          </p>
          <PassphraseField
            label={intl.formatMessage({
              id: 'records.exportRecordDialog.passphrase',
              defaultMessage: 'Passphrase',
            })}
            value={passphrase}
            onChange={setPassphrase}
            error={errors.passphrase}
            description={intl.formatMessage(
              {
                id: 'records.exportRecordDialog.atLeastCharacters',
                defaultMessage: 'At least {PASSPHRASE_MIN_LENGTH} characters.',
              },
              { PASSPHRASE_MIN_LENGTH },
            )}
            autoFocus
          />
          <PassphraseField
            label={intl.formatMessage({
              id: 'records.exportRecordDialog.typeThePassphraseAgain',
              defaultMessage: 'Type the passphrase again',
            })}
            value={again}
            onChange={setAgain}
            error={errors.again}
          />
          <div className="dialog-actions">
            <Button className="button" onPress={() => setAskingUnprotected(true)}>
              {intl.formatMessage({
                id: 'records.exportRecordDialog.exportWithoutProtection',
                defaultMessage: 'Export without protection…',
              })}
            </Button>
            <Button className="button" onPress={close}>
              {intl.formatMessage({
                id: 'records.exportRecordDialog.cancel',
                defaultMessage: 'Cancel',
              })}
            </Button>
            <Button type="submit" className="button primary" isPending={exportRecord.isPending}>
              {intl.formatMessage({
                id: 'records.exportRecordDialog.exportProtectedRecord',
                defaultMessage: 'Export protected record',
              })}
            </Button>
          </div>
        </form>
      </DialogFrame>
      <ConfirmDialog
        isOpen={isOpen && askingUnprotected}
        title={intl.formatMessage({
          id: 'records.exportRecordDialog.exportWithoutProtection2',
          defaultMessage: 'Export without protection?',
        })}
        confirmLabel={intl.formatMessage({
          id: 'records.exportRecordDialog.exportWithoutProtection3',
          defaultMessage: 'Export without protection',
        })}
        cancelLabel={intl.formatMessage({
          id: 'records.exportRecordDialog.goBack',
          defaultMessage: 'Go back',
        })}
        destructive
        onCancel={() => setAskingUnprotected(false)}
        onConfirm={() => {
          if (!exportRecord.isPending) run({ unprotected: true });
        }}
      >
        <p>
          {intl.formatMessage({
            id: 'records.exportRecordDialog.withoutAPassphraseAnyone',
            defaultMessage:
              'Without a passphrase, anyone who gets hold of the file (a lost USB stick, a forwarded email) can read this patient’s name, date of birth, diagnosis, notes and plans.',
          })}
        </p>
        <p>
          {intl.formatMessage({
            id: 'records.exportRecordDialog.chooseThisOnlyIf',
            defaultMessage:
              'Choose this only if the file goes straight into another protected system.',
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
