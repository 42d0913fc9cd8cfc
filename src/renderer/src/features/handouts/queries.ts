import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const handoutKeys = queryKeys.handouts;

export function useHandoutList(planId: string) {
  return useQuery({
    queryKey: handoutKeys.list(planId),
    queryFn: () => call('handouts.list', { planId }),
  });
}

export function useCreateHandout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'handouts.create'>) => call('handouts.create', input),
    onSuccess: (file) => client.invalidateQueries({ queryKey: handoutKeys.list(file.planId) }),
  });
}

export function useReprintHandout() {
  return useMutation({ mutationFn: (id: string) => call('handouts.reprint', { id }) });
}

/** Hands the PDF to the browser as a download; Electron asks where to save it. */
export function downloadPdf(fileName: string, pdf: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([pdf.slice()], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Prints the PDF through the browser's own PDF viewer in a hidden frame (Chromium and
 * Electron), so the system print dialog shows the real handout, not the app's page.
 */
export function printPdf(pdf: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([pdf.slice()], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Handout for printing';
  frame.src = url;
  frame.onload = () => frame.contentWindow?.print();
  document.body.append(frame);
  // Leave the frame long enough for the print dialog, then tidy up.
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, 10 * 60_000);
}

export function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
