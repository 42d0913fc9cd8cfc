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
