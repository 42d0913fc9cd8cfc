import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import { call } from '../../lib/api.ts';
import { afterRecordImported } from '../../lib/invalidate.ts';

export function useExportRecord() {
  return useMutation({
    mutationFn: (patientId: string) => call('records.export', { patientId }),
  });
}

export function useInspectRecord() {
  return useMutation({ mutationFn: (text: string) => call('records.inspect', { text }) });
}

export function useImportRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'records.import'>) => call('records.import', input),
    onSuccess: (patient) => afterRecordImported(client, patient),
  });
}

/** Hands the record to the browser as a download; Electron asks where to save it. */
export function downloadRecord(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
