import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CatalogueContent,
  CatalogueItem,
  CatalogueKind,
} from '../../../../shared/domain/catalogue.ts';
import { call } from '../../lib/api.ts';
import { afterCatalogueChange } from '../../lib/invalidate.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const catalogueKeys = queryKeys.catalogue;

export function useCatalogueList(kind: CatalogueKind | null, query = '', includeRetired = false) {
  return useQuery({
    queryKey: catalogueKeys.list(kind, query, includeRetired),
    queryFn: () => call('catalogue.list', { kind, query, includeRetired }),
  });
}

/** Every item, retired and one-off ones too, by id: what a plan needs to show the items it names. */
export function useCatalogueIndex() {
  return useQuery({
    queryKey: [...catalogueKeys.list(null, '', true), 'with-one-off'],
    queryFn: () =>
      call('catalogue.list', { kind: null, query: '', includeRetired: true, includeOneOff: true }),
    select: (items) => new Map(items.map((i) => [i.id, i])),
  });
}

export function useCatalogueItem(id: string, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.item(id),
    queryFn: () => call('catalogue.get', { id }),
    enabled,
  });
}

function useAfterChange() {
  const client = useQueryClient();
  return (item: CatalogueItem) => afterCatalogueChange(client, item);
}

export function useCreateCatalogueItem() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: { content: CatalogueContent; synonyms?: string[]; oneOff?: boolean }) =>
      call('catalogue.create', input),
    onSuccess: afterChange,
  });
}

export function useUpdateCatalogueItem() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: { id: string; content: CatalogueContent; synonyms?: string[] }) =>
      call('catalogue.update', input),
    onSuccess: afterChange,
  });
}

export function useRetireCatalogueItem() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ id, retire }: { id: string; retire: boolean }) =>
      call(retire ? 'catalogue.retire' : 'catalogue.restore', { id }),
    onSuccess: afterChange,
  });
}

/** Accepts or dismisses the corrected wording offered beside an edited built-in item. */
export function useSuggestionChoice() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      call(accept ? 'catalogue.acceptSuggestion' : 'catalogue.dismissSuggestion', { id }),
    onSuccess: afterChange,
  });
}

/** Saves a one-off item (made inside a plan) to the catalogue, for every plan. */
export function useKeepOneOff() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => call('catalogue.keepOneOff', { id }),
    onSuccess: afterChange,
  });
}
