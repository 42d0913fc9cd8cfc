import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Patient, PatientInput } from '../../../../shared/domain/patient.ts';
import { call } from '../../lib/api.ts';

export const patientKeys = {
  all: ['patients'] as const,
  list: (query: string, includeArchived: boolean) =>
    ['patients', 'list', { query, includeArchived }] as const,
  detail: (id: string) => ['patients', 'detail', id] as const,
};

const PAGE_SIZE = 500;

/** The patient list, fetched a page at a time as the user scrolls. */
export function usePatientList(query: string, includeArchived: boolean) {
  return useInfiniteQuery({
    queryKey: patientKeys.list(query, includeArchived),
    queryFn: ({ pageParam }) =>
      call('patients.search', { query, includeArchived, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as { sortKey: string; id: string } | null,
    getNextPageParam: (last) => last.next,
    placeholderData: (previous) => previous,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKeys.detail(id),
    queryFn: () => call('patients.get', { id }),
  });
}

/** After any change: refresh lists, and put the saved patient straight into the cache. */
function useAfterChange() {
  const client = useQueryClient();
  return (patient: Patient) => {
    client.setQueryData(patientKeys.detail(patient.id), patient);
    void client.invalidateQueries({ queryKey: ['history'] });
    return client.invalidateQueries({ queryKey: ['patients', 'list'] });
  };
}

export function useCreatePatient() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (patient: PatientInput) => call('patients.create', { patient }),
    onSuccess: afterChange,
  });
}

export function useUpdatePatient(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (patient: PatientInput) => call('patients.update', { id, patient }),
    onSuccess: afterChange,
  });
}

export function useArchivePatient() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ id, archive }: { id: string; archive: boolean }) =>
      call(archive ? 'patients.archive' : 'patients.restore', { id }),
    onSuccess: afterChange,
  });
}

export function useDeletePatient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('patients.delete', { id, confirm: true }),
    onSuccess: (_result, id) => {
      client.removeQueries({ queryKey: patientKeys.detail(id) });
      client.removeQueries({ queryKey: ['history', 'timeline', id] });
      return client.invalidateQueries({ queryKey: ['patients', 'list'] });
    },
  });
}
