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
