import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import type { Session } from '../../../../shared/domain/session.ts';
import { call } from '../../lib/api.ts';
import { afterSessionChange } from '../../lib/invalidate.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const sessionKeys = queryKeys.sessions;

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

function useAfterChange() {
  const client = useQueryClient();
  return (session: Session) => afterSessionChange(client, session);
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

/** The plan's splints and goals, last visit's activities and the clinic's measures. */
export function useRecordingContext(id: string) {
  return useQuery({
    queryKey: sessionKeys.recordingContext(id),
    queryFn: () => call('sessions.recordingContext', { id }),
  });
}

/** Planned visits from one day to another, both included: the day and week views. */
export function usePlannedVisits(from: string, to: string) {
  return useQuery({
    queryKey: sessionKeys.planned(from, to),
    queryFn: () => call('sessions.planned', { from, to }),
  });
}
