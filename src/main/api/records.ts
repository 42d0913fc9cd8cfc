import type { AppApi } from '../../shared/api.ts';
import { exportRecord } from './record-export.ts';
import { importRecord, inspectRecord } from './record-import.ts';
import type { ApiContext } from './context.ts';

type RecordMethods = Pick<AppApi, 'records.export' | 'records.inspect' | 'records.import'>;

/** Moving one patient's whole record between computers as a single checked file. */
export function recordMethods(ctx: ApiContext): RecordMethods {
  return {
    'records.export': ({ patientId }) => exportRecord(ctx, patientId),
    'records.inspect': ({ text }) => inspectRecord(ctx, text),
    'records.import': ({ text, chartNumber }) => importRecord(ctx, text, chartNumber),
  };
}
