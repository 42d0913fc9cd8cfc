import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

export const backupsKey = ['backups'] as const;
export const appInfoKey = ['app-info'] as const;

export function useAppInfo() {
  return useQuery({ queryKey: appInfoKey, queryFn: () => call('app.info', {}) });
}

export function useBackups() {
  return useQuery({ queryKey: backupsKey, queryFn: () => call('backups.list', {}) });
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: backupsKey }),
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
