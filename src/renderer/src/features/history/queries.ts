import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const historyKeys = queryKeys.history;

export function useTimeline(patientId: string) {
  return useQuery({
    queryKey: historyKeys.timeline(patientId),
    queryFn: () => call('history.timeline', { patientId }),
  });
}

export function useComparison(fromId: string, toId: string) {
  return useQuery({
    queryKey: historyKeys.compare(fromId, toId),
    queryFn: () => call('history.compare', { fromId, toId }),
    enabled: fromId !== '' && toId !== '',
  });
}
