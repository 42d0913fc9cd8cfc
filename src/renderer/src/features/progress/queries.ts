import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import { call } from '../../lib/api.ts';

export function useProgressPdf() {
  return useMutation({
    mutationFn: (input: InputOf<'progress.pdf'>) => call('progress.pdf', input),
  });
}
