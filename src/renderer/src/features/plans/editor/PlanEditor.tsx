import { zodResolver } from '@hookform/resolvers/zod';
import { domainErrorText } from '../../../lib/domain-errors.ts';
import { useCallback, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import {
  draftPlanContentSchema,
  type Plan,
  type PlanContent,
  type PlanContentInput,
} from '../../../../../shared/domain/plan.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard.tsx';
import { ApiCallError } from '../../../lib/api.ts';
import { useCatalogueIndex } from '../../catalogue/queries.ts';
import { useDiscardDraft, useFinalisePlan, useSaveDraft } from '../queries.ts';
import { AutosaveStatusLine } from './AutosaveStatusLine.tsx';
import { EquipmentSection } from './EquipmentSection.tsx';
import { HeaderSection } from './HeaderSection.tsx';
import { OrthosesSection } from './OrthosesSection.tsx';
import { PrinciplesSection } from './PrinciplesSection.tsx';
import { RestSection } from './RestSection.tsx';
import { useAutosave } from './useAutosave.ts';
import { Loading } from '../../../components/QueryState.tsx';
import '../plans.css';
import { useIntl } from 'react-intl';

/** The draft plan editor: every edit is saved within moments; finalising freezes it. */
export function PlanEditor({ plan }: { plan: Plan }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const catalogue = useCatalogueIndex();
  const saveDraft = useSaveDraft();
  const finalisePlan = useFinalisePlan();
  const discard = useDiscardDraft();
  const [problems, setProblems] = useState<string[]>([]);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const form = useForm<PlanContentInput, unknown, PlanContent>({
    resolver: zodResolver(draftPlanContentSchema),
    defaultValues: plan.content,
    // Errors once a field is left (or on finalising), never while the therapist is still typing.
    // onBlur, not onTouched: react-hook-form checks a whole list when a row is added unless
    // the mode is onBlur, which would mark a block just added before anything was typed in it.
    mode: 'onBlur',
  });
  const save = useCallback(
    (content: PlanContent) => saveDraft.mutateAsync({ id: plan.id, content }),
    [saveDraft, plan.id],
  );
  const autosave = useAutosave(form, save);
  const backToPatient = () => void navigate(`/patients/${plan.patientId}`);

  const finalise = async () => {
    await autosave.flush();
    if (autosave.hasUnsavable()) {
      void form.trigger();
      setProblems([
        'Some fields need attention before the plan can be saved. They are marked below.',
      ]);
      return;
    }
    try {
      const done = await finalisePlan.mutateAsync(plan.id);
      setProblems([]);
      toast.success(
        intl.formatMessage(
          {
            id: 'plans.editor.planEditor.planVersionFinalised',
            defaultMessage: 'Plan version {version} finalised',
          },
          { version: done.version },
        ),
      );
    } catch (error) {
      if (!(error instanceof ApiCallError)) return toast.error(String(error));
      const entries = Object.entries(error.fields);
      entries.forEach(([field, message]) =>
        form.setError(field as FieldPath<PlanContentInput>, { message }),
      );
      setProblems(entries.length > 0 ? entries.map(([, message]) => message) : [error.message]);
    }
  };

  if (catalogue.isPending) return <Loading />;
  const index = catalogue.data ?? new Map();

  return (
    <FormProvider {...form}>
      <Form
        className="plan-editor"
        aria-labelledby="plan-heading"
        onSubmit={(e) => e.preventDefault()}
      >
        <header className="plan-editor-header">
          <div>
            <h1 id="plan-heading">
              {intl.formatMessage({
                id: 'plans.editor.planEditor.planVersion',
                defaultMessage: 'Plan version',
              })}{' '}
              {plan.version}{' '}
              {intl.formatMessage({
                id: 'plans.editor.planEditor.draft',
                defaultMessage: '(draft)',
              })}
            </h1>
            <AutosaveStatusLine status={autosave.status} savedAt={autosave.savedAt} />
          </div>
          <div className="detail-actions">
            <Button className="button" onPress={backToPatient}>
              {intl.formatMessage({
                id: 'plans.editor.planEditor.backToPatient',
                defaultMessage: 'Back to patient',
              })}
            </Button>
            <Button className="button" onPress={() => setConfirmDiscard(true)}>
              {intl.formatMessage({
                id: 'plans.editor.planEditor.discardDraft',
                defaultMessage: 'Discard draft…',
              })}
            </Button>
            <Button
              className="button primary"
              onPress={() => void finalise()}
              isPending={finalisePlan.isPending}
            >
              {intl.formatMessage({
                id: 'plans.editor.planEditor.finalisePlan',
                defaultMessage: 'Finalise plan',
              })}
            </Button>
          </div>
        </header>
        {problems.length > 0 && (
          <div className="problem-summary" role="alert">
            <h2>
              {intl.formatMessage({
                id: 'plans.editor.planEditor.thisPlanCannotBe',
                defaultMessage: 'This plan cannot be finalised yet',
              })}
            </h2>
            <ul>
              {problems.map((p) => (
                <li key={p}>{domainErrorText(intl, p)}</li>
              ))}
            </ul>
          </div>
        )}
        <HeaderSection previousId={plan.previousId} />
        <OrthosesSection catalogue={index} />
        <EquipmentSection catalogue={index} />
        <RestSection />
        <PrinciplesSection catalogue={index} />
        <UnsavedChangesGuard shouldBlock={autosave.hasUnsavable} what="this plan" />
      </Form>
      <ConfirmDialog
        isOpen={confirmDiscard}
        title={intl.formatMessage({
          id: 'plans.editor.planEditor.discardThisDraft',
          defaultMessage: 'Discard this draft?',
        })}
        confirmLabel={intl.formatMessage({
          id: 'plans.editor.planEditor.discardDraft2',
          defaultMessage: 'Discard draft',
        })}
        destructive
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() =>
          discard.mutate(plan, {
            onSuccess: () => {
              toast.success(
                intl.formatMessage({
                  id: 'plans.editor.planEditor.draftDiscarded',
                  defaultMessage: 'Draft discarded',
                }),
              );
              backToPatient();
            },
            onError: (e) => toast.error(e.message),
          })
        }
      >
        <p>
          {intl.formatMessage({
            id: 'plans.editor.planEditor.everythingInThisDraft',
            defaultMessage:
              'Everything in this draft will be deleted. Finalised plans are not affected.',
          })}
        </p>
      </ConfirmDialog>
    </FormProvider>
  );
}
