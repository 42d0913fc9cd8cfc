import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { MAX_RECORD_FILE_CHARS } from '../../../../shared/domain/record-file.ts';
import { ApiCallError } from '../../lib/api.ts';
import { ChartNumberChoice, type ChartChoice } from './ChartNumberChoice.tsx';
import { PassphraseField } from './PassphraseField.tsx';
import { RecordSummary } from './RecordSummary.tsx';
import { useImportRecord, useInspectRecord } from './queries.ts';
import './records.css';
import { useIntl } from 'react-intl';

// A character takes at most 4 bytes, so a larger file cannot be within the limit.
const MAX_FILE_BYTES = MAX_RECORD_FILE_CHARS * 4;

/** A protected record file starts with its format (see src/main/records/protect.ts). */
const isProtected = (text: string) =>
  /^\s*\{\s*"format"\s*:\s*"jointplan-protected-record"/.test(text.slice(0, 200));

/** Choose a record file, see what it holds and any conflict, then import it. */
export function ImportRecordPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const inspect = useInspectRecord();
  const importRecord = useImportRecord();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [choice, setChoice] = useState<ChartChoice>('new');
  const [newChart, setNewChart] = useState('');
  const [chartError, setChartError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | undefined>(undefined);
  const locked = text !== null && isProtected(text);

  const choose = async (files: FileList | null) => {
    const file = files?.[0];
    inspect.reset();
    setText(null);
    setReadError(null);
    setChartError(null);
    setImportError(null);
    setPassphrase('');
    setPassphraseError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES)
      return setReadError(
        intl.formatMessage({
          id: 'records.importRecordPage.thisFileIsToo',
          defaultMessage: 'This file is too large to be a JointPlan patient record.',
        }),
      );
    try {
      const read = await file.text();
      setText(read);
      // A protected file is opened once the therapist has typed its passphrase.
      if (!isProtected(read)) inspect.mutate({ text: read });
    } catch {
      setReadError(
        intl.formatMessage({
          id: 'records.importRecordPage.thisFileCouldNot',
          defaultMessage:
            'This file could not be read. Check it is on this computer and try again.',
        }),
      );
    }
  };

  const open = () => {
    if (text === null) return;
    if (passphrase === '') return setPassphraseError('Enter the passphrase');
    setPassphraseError(undefined);
    inspect.mutate(
      { text, passphrase },
      {
        onError: (e) => {
          const field = e instanceof ApiCallError ? e.fields.passphrase : undefined;
          if (field) setPassphraseError(field);
        },
      },
    );
  };

  const preview = inspect.data;
  const conflict = preview?.conflict ?? null;

  const runImport = () => {
    if (text === null) return;
    let chartNumber: string | null | undefined;
    if (conflict?.kind === 'chart-number') {
      chartNumber = choice === 'none' ? null : newChart.trim();
      if (chartNumber === '') return setChartError('Enter the chart number to import it under');
    }
    setChartError(null);
    setImportError(null);
    const file = locked ? { text, passphrase } : { text };
    importRecord.mutate(chartNumber === undefined ? file : { ...file, chartNumber }, {
      onSuccess: (patient) => {
        toast.success(
          intl.formatMessage(
            {
              id: 'records.importRecordPage.importedTheRecordOf',
              defaultMessage: 'Imported the record of {givenName} {familyName}',
            },
            { givenName: patient.givenName, familyName: patient.familyName },
          ),
        );
        void navigate(`/patients/${patient.id}`);
      },
      onError: (e) => {
        const field = e instanceof ApiCallError ? e.fields.chartNumber : undefined;
        if (field && conflict?.kind === 'chart-number' && choice === 'new') setChartError(field);
        else setImportError(e.message);
      },
    });
  };

  // A wrong passphrase is said under its field; anything else above the form.
  const inspectFailure =
    inspect.error && !(inspect.error instanceof ApiCallError && inspect.error.fields.passphrase)
      ? inspect.error.message
      : null;
  const failure = readError ?? inspectFailure;
  return (
    <article className="patient-form record-import" aria-labelledby="import-heading">
      <h1 id="import-heading">
        {intl.formatMessage({
          id: 'records.importRecordPage.importAPatientRecord',
          defaultMessage: 'Import a patient record',
        })}
      </h1>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {intl.formatMessage({
            id: 'records.importRecordPage.recordFile',
            defaultMessage: 'Record file',
          })}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => void choose(e.currentTarget.files)}
        />
        <span slot="description" id={hintId}>
          {intl.formatMessage({
            id: 'records.importRecordPage.aFileEndingIn',
            defaultMessage:
              'A file ending in .jointplan.json, made with “Export record…” on another computer.',
          })}
        </span>
        <p role="status" className="loading record-status">
          {inspect.isPending
            ? intl.formatMessage({
                id: 'records.importRecordPage.checkingTheFile',
                defaultMessage: 'Checking the file…',
              })
            : ''}
        </p>
      </div>
      {locked && !preview && (
        <form
          className="record-unlock"
          onSubmit={(e) => {
            e.preventDefault();
            open();
          }}
        >
          <p>
            {intl.formatMessage({
              id: 'records.importRecordPage.thisRecordFileIs',
              defaultMessage:
                'This record file is protected with a passphrase. Enter the passphrase it was exported with.',
            })}
          </p>
          <PassphraseField
            label={intl.formatMessage({
              id: 'records.importRecordPage.passphrase',
              defaultMessage: 'Passphrase',
            })}
            value={passphrase}
            onChange={setPassphrase}
            error={passphraseError}
            autoComplete="off"
            autoFocus
          />
          <div>
            <Button type="submit" className="button primary" isPending={inspect.isPending}>
              {intl.formatMessage({
                id: 'records.importRecordPage.openTheRecord',
                defaultMessage: 'Open the record',
              })}
            </Button>
          </div>
        </form>
      )}
      {failure && (
        <p className="notice" role="alert">
          {failure}{' '}
          {intl.formatMessage({
            id: 'records.importRecordPage.nothingWasImported',
            defaultMessage: 'Nothing was imported.',
          })}
        </p>
      )}
      {preview && <RecordSummary preview={preview} />}
      {conflict?.kind === 'same-record' && (
        <p className="notice" role="alert">
          {intl.formatMessage({
            id: 'records.importRecordPage.thisRecordIsAlready',
            defaultMessage: 'This record is already here:',
          })}{' '}
          {conflict.existingName}
          {intl.formatMessage({
            id: 'records.importRecordPage.itWasNotImported',
            defaultMessage: '. It was not imported again.',
          })}{' '}
          <Button
            className="button"
            onPress={() => void navigate(`/patients/${conflict.existingPatientId}`)}
          >
            {intl.formatMessage({ id: 'records.importRecordPage.open', defaultMessage: 'Open' })}{' '}
            {conflict.existingName}
          </Button>
        </p>
      )}
      {conflict?.kind === 'chart-number' && (
        <ChartNumberChoice
          chartNumber={conflict.chartNumber}
          holderName={conflict.existingName}
          choice={choice}
          onChoice={setChoice}
          newChart={newChart}
          onNewChart={setNewChart}
          error={chartError}
        />
      )}
      {importError && (
        <p className="notice" role="alert">
          {importError}
        </p>
      )}
      <div className="form-actions">
        {preview && conflict?.kind !== 'same-record' && (
          <Button className="button primary" onPress={runImport} isPending={importRecord.isPending}>
            {intl.formatMessage({
              id: 'records.importRecordPage.importThisRecord',
              defaultMessage: 'Import this record',
            })}
          </Button>
        )}
        <Button className="button" onPress={() => void navigate('/')}>
          {intl.formatMessage({ id: 'records.importRecordPage.cancel', defaultMessage: 'Cancel' })}
        </Button>
      </div>
    </article>
  );
}
