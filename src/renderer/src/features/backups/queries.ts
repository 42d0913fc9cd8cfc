import { useEffect, useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/query-keys.ts';

/** Asked again now and then: the check after start may find the data damaged later. */
const APP_INFO_REFRESH_MS = 30_000;

export function useAppInfo() {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: async () => {
      const info = await call('app.info', {});
      const before = client.getQueryData<typeof info>(queryKeys.appInfo);
      // The data was moved aside under the window: everything it shows is from the old file.
      if (before && before.recovery?.movedTo !== info.recovery?.movedTo)
        void client.invalidateQueries({
          predicate: (query) => query.queryKey[0] !== queryKeys.appInfo[0],
        });
      return info;
    },
    refetchInterval: APP_INFO_REFRESH_MS,
  });
}

export function useBackups() {
  return useQuery({ queryKey: queryKeys.backups, queryFn: () => call('backups.list', {}) });
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.backups }),
        client.invalidateQueries({ queryKey: queryKeys.backupStatus }),
      ]),
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

/**
 * The backup being made now and the second folder's state: asked again every half second
 * while a backup runs or one was just asked for (so its progress moves), every few seconds otherwise (so one that
 * starts, such as the daily backup at start, shows). When one ends the list is refreshed.
 */
export function useBackupStatus(backingUp = false) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.backupStatus,
    queryFn: () => call('backups.status', {}),
    refetchInterval: (q) =>
      backingUp || q.state.data?.running || q.state.data?.dataUpdate ? 500 : 3000,
  });
  const wasRunning = useRef(false);
  const running = query.data?.running != null;
  useEffect(() => {
    if (wasRunning.current && !running)
      void client.invalidateQueries({ queryKey: queryKeys.backups });
    wasRunning.current = running;
  }, [running, client]);
  return query;
}
