import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import { isProtectedRecord, openProtectedRecord, protectRecord } from '../records/protect.ts';
import { exportRecord } from './record-export.ts';
import { importRecord, inspectRecord } from './record-import.ts';
import type { ApiContext } from './context.ts';

type RecordMethods = Pick<AppApi, 'records.export' | 'records.inspect' | 'records.import'>;

const NEEDS_PASSPHRASE =
  'This record file is protected with a passphrase. Enter the passphrase it was exported with.';

/** The record's own text: a protected file is opened with its passphrase first. */
async function recordText(text: string, passphrase: string | undefined): Promise<string> {
  if (!isProtectedRecord(text)) return text;
  if (passphrase === undefined)
    throw new AppError('invalid-input', NEEDS_PASSPHRASE, { passphrase: NEEDS_PASSPHRASE });
  return openProtectedRecord(text, passphrase);
}

/** Moving one patient's whole record between computers as a single checked file. */
export function recordMethods(ctx: ApiContext): RecordMethods {
  return {
    'records.export': async ({ patientId, protection }) => {
      const passphrase = 'passphrase' in protection ? protection.passphrase : null;
      const made = exportRecord(ctx, patientId, passphrase !== null);
      return passphrase === null
        ? made
        : { ...made, text: await protectRecord(made.text, passphrase) };
    },
    'records.inspect': async ({ text, passphrase }) =>
      inspectRecord(ctx, await recordText(text, passphrase)),
    'records.import': async ({ text, passphrase, chartNumber }) =>
      importRecord(ctx, await recordText(text, passphrase), chartNumber),
  };
}
