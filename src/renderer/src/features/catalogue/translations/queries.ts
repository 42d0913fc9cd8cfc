import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../../shared/api.ts';
import type {
  ContentTranslation,
  TranslationOwner,
} from '../../../../../shared/domain/content-translation.ts';
import { call } from '../../../lib/api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useTranslations(owner: TranslationOwner, ownerId: string) {
  return useQuery({
    queryKey: queryKeys.translations.of(owner, ownerId),
    queryFn: () => call('translations.list', { owner, ownerId }),
  });
}

/** Puts a saved translation in its item's list, in place of the one it replaces. */
function useAfterChange() {
  const client = useQueryClient();
  return (saved: ContentTranslation) =>
    client.setQueryData<ContentTranslation[]>(
      queryKeys.translations.of(saved.owner, saved.ownerId),
      (list = []) => [...list.filter((t) => t.language !== saved.language), saved],
    );
}

export function useSaveTranslation() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'translations.save'>) => call('translations.save', input),
    onSuccess: afterChange,
  });
}

export function useMarkTranslationChecked() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'translations.markChecked'>) =>
      call('translations.markChecked', input),
    onSuccess: afterChange,
  });
}
