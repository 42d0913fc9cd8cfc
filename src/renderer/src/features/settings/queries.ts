import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SettingsInput } from '../../../../shared/domain/settings.ts';
import { call } from '../../lib/api.ts';
import { afterTherapistSwitch } from '../../lib/invalidate.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const settingsKey = queryKeys.settings;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings.get', {}) });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: SettingsInput) => call('settings.update', { settings }),
    onSuccess: (saved) => client.setQueryData(settingsKey, saved),
  });
}

/** Switches the therapist using JointPlan now; only the name travels, not the whole settings. */
export function useSwitchTherapist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string | null) => call('settings.useTherapist', { name }),
    onSuccess: (saved) => afterTherapistSwitch(client, saved),
  });
}
