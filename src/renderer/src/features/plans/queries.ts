import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import type { Plan, PlanContentInput } from '../../../../shared/domain/plan.ts';
import { call } from '../../lib/api.ts';

export const planKeys = {
  list: (patientId: string) => ['plans', 'list', patientId] as const,
  plan: (id: string) => ['plans', 'plan', id] as const,
  templates: ['templates'] as const,
};

export function usePlanList(patientId: string) {
  return useQuery({
    queryKey: planKeys.list(patientId),
    queryFn: () => call('plans.list', { patientId }),
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.plan(id), queryFn: () => call('plans.get', { id }) });
}

export function useTemplates() {
  return useQuery({ queryKey: planKeys.templates, queryFn: () => call('templates.list', {}) });
}

/** After a plan changes: keep its cache fresh and refresh the patient's list of versions. */
function useAfterChange() {
  const client = useQueryClient();
  return (plan: Plan) => {
    client.setQueryData(planKeys.plan(plan.id), plan);
    void client.invalidateQueries({ queryKey: ['history'] });
    return client.invalidateQueries({ queryKey: planKeys.list(plan.patientId) });
  };
}

export function useCreateDraft() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'plans.createDraft'>) => call('plans.createDraft', input),
    onSuccess: afterChange,
  });
}

export function useSaveDraft() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ id, content }: { id: string; content: PlanContentInput }) =>
      call('plans.saveDraft', { id, content }),
    onSuccess: afterChange,
  });
}

export function useFinalisePlan() {
  const client = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => call('plans.finalise', { id }),
    onSuccess: (plan) => {
      // The version it replaces is now superseded: do not show it as active from the cache.
      void client.invalidateQueries({
        queryKey: ['plans', 'plan'],
        predicate: (q) => q.queryKey[2] !== plan.id,
      });
      return afterChange(plan);
    },
  });
}

export function useRevisePlan() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => call('plans.revise', { id }),
    onSuccess: afterChange,
  });
}

export function useDiscardDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (plan: Plan) => call('plans.discardDraft', { id: plan.id }),
    onSuccess: (_result, plan) => {
      client.removeQueries({ queryKey: planKeys.plan(plan.id) });
      void client.invalidateQueries({ queryKey: ['history'] });
      return client.invalidateQueries({ queryKey: planKeys.list(plan.patientId) });
    },
  });
}

export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'templates.saveFromPlan'>) => call('templates.saveFromPlan', input),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.templates }),
  });
}
