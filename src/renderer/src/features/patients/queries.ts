import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Patient, PatientInput } from '../../../../shared/domain/patient.ts';
import { call } from '../../lib/api.ts';
import { afterPatientChange, afterPatientDeleted } from '../../lib/invalidate.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const patientKeys = queryKeys.patients;

// The pane shows about twenty rows; more pages come as the list is scrolled. A small first
// page is what a start and each keystroke wait for (100 rows: a fifth of the bytes and time).
const PAGE_SIZE = 100;

/** The patient list's query: pages fetched one at a time as the user scrolls. */
export function patientListQuery(query: string, includeArchived: boolean) {
  return infiniteQueryOptions({
    queryKey: patientKeys.list(query, includeArchived),
    queryFn: ({ pageParam }) =>
      call('patients.search', { query, includeArchived, after: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as { sortKey: string; id: string } | null,
    getNextPageParam: (last) => last.next,
  });
}

/** The patient list, fetched a page at a time as the user scrolls. */
export function usePatientList(query: string, includeArchived: boolean) {
  return useInfiniteQuery({
    ...patientListQuery(query, includeArchived),
    placeholderData: (previous) => previous,
  });
}

export function usePatient(id: string) {
  return useQuery({
    queryKey: patientKeys.detail(id),
    queryFn: () => call('patients.get', { id }),
  });
}

function useAfterChange() {
  const client = useQueryClient();
  return (patient: Patient) => afterPatientChange(client, patient);
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
    onSuccess: (_result, id) => afterPatientDeleted(client, id),
  });
}
