import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import { call } from '../../lib/api.ts';
import { afterRecordImported } from '../../lib/invalidate.ts';

export function useExportRecord() {
  return useMutation({
    mutationFn: (input: InputOf<'records.export'>) => call('records.export', input),
  });
}

export function useInspectRecord() {
  return useMutation({
    mutationFn: (input: InputOf<'records.inspect'>) => call('records.inspect', input),
  });
}

export function useImportRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'records.import'>) => call('records.import', input),
    onSuccess: (patient) => afterRecordImported(client, patient),
  });
}
