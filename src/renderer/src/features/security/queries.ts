import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/query-keys.ts';

export function useSecurityStatus() {
  return useQuery({ queryKey: queryKeys.security, queryFn: () => call('security.status', {}) });
}

export function useConfirmRecoveryKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (groups: [string, string]) => call('security.confirmRecoveryKey', { groups }),
    onSuccess: (status) => client.setQueryData(queryKeys.security, status),
  });
}

/** Encrypting swaps the database under every screen, so all queries start again. */
export function useEncryptData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('security.encrypt', { confirm: true }),
    onSuccess: () => client.resetQueries(),
  });
}

export function useRemovePlainOriginals() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('security.removePlainOriginals', { confirm: true }),
    onSuccess: (status) => client.setQueryData(queryKeys.security, status),
  });
}
