import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import type { Session } from '../../../../shared/domain/session.ts';
import { call } from '../../lib/api.ts';

export const sessionKeys = {
  list: (patientId: string) => ['sessions', 'list', patientId] as const,
  session: (id: string) => ['sessions', 'session', id] as const,
  upcoming: ['sessions', 'upcoming'] as const,
};

export function useSessionList(patientId: string) {
  return useQuery({
    queryKey: sessionKeys.list(patientId),
    queryFn: () => call('sessions.list', { patientId }),
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.session(id),
    queryFn: () => call('sessions.get', { id }),
  });
}

export function useUpcomingSessions() {
  return useQuery({
    queryKey: sessionKeys.upcoming,
    queryFn: () => call('sessions.upcoming', {}),
  });
}

/** After a session changes: its cache, the lists that show it, and the patient's timeline. */
function useAfterChange() {
  const client = useQueryClient();
  return (session: Session) => {
    client.setQueryData(sessionKeys.session(session.id), session);
    return Promise.all([
      client.invalidateQueries({ queryKey: sessionKeys.list(session.patientId) }),
      client.invalidateQueries({ queryKey: sessionKeys.upcoming }),
      client.invalidateQueries({ queryKey: ['history'] }),
    ]);
  };
}

export function usePlanSession() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.plan'>) => call('sessions.plan', input),
    onSuccess: afterChange,
  });
}

export function useUpdateSession() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.update'>) => call('sessions.update', input),
    onSuccess: afterChange,
  });
}

export function useRecordSession() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'sessions.record'>) => call('sessions.record', input),
    onSuccess: afterChange,
  });
}

export function useCancelSession() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => call('sessions.cancel', { id }),
    onSuccess: afterChange,
  });
}
