import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api.ts';
import type { Plan, PlanContentInput } from '../../../../shared/domain/plan.ts';
import { call } from '../../lib/api.ts';
import { afterDraftDiscarded, afterPlanChange, afterPlanFinalised } from '../../lib/invalidate.ts';
import { queryKeys } from '../../lib/query-keys.ts';

const planKeys = { ...queryKeys.plans, templates: queryKeys.templates };

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

function useAfterChange() {
  const client = useQueryClient();
  return (plan: Plan) => afterPlanChange(client, plan);
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
  return useMutation({
    mutationFn: (id: string) => call('plans.finalise', { id }),
    onSuccess: (plan) => afterPlanFinalised(client, plan),
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
    onSuccess: (_result, plan) => afterDraftDiscarded(client, plan),
  });
}

export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'templates.saveFromPlan'>) => call('templates.saveFromPlan', input),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.templates }),
  });
}

/** Renames and describes one of the clinic's own templates. */
export function useUpdateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'templates.update'>) => call('templates.update', input),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.templates }),
  });
}

/** Deletes one of the clinic's own templates (plans made from it keep their content). */
export function useDeleteTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('templates.delete', { id, confirm: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: planKeys.templates }),
  });
}
