import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/query-keys.ts';

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app.info', {}) });
}

export function useBackups() {
  return useQuery({ queryKey: queryKeys.backups, queryFn: () => call('backups.list', {}) });
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.backups }),
  });
}

/** After a restore every screen's data is stale, so all queries start again. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('backups.restore', { name, confirm: true }),
    onSuccess: () => client.resetQueries(),
  });
}
