import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import type { Plan } from '../../../../shared/domain/plan.ts';
import { HandoutPanel } from '../handouts/HandoutPanel.tsx';
import { PlanEditor } from './editor/PlanEditor.tsx';
import { PlanView } from './PlanView.tsx';
import { usePlan, useRevisePlan } from './queries.ts';
import { SaveTemplateDialog } from './SaveTemplateDialog.tsx';
import { formatDateTime } from '../../../../shared/domain/dates.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { defineMessages, useIntl } from 'react-intl';

const STATUS_TEXT = defineMessages({
  finalised: { id: 'plans.status.finalised', defaultMessage: 'Active' },
  superseded: { id: 'plans.status.superseded', defaultMessage: 'Superseded' },
  draft: { id: 'plans.status.draft', defaultMessage: 'Draft' },
});

function FrozenPlan({ plan }: { plan: Plan }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const revise = useRevisePlan();
  const [savingTemplate, setSavingTemplate] = useState(false);
  // Arriving here from the editor (just finalised), start at the top of the plan.
  // (A block body: newer browsers' scrollTo returns a promise, which is no effect cleanup.)
  useEffect(() => {
    void document.getElementById('main')?.scrollTo(0, 0);
  }, []);
  const finalised = plan.finalisedAt ? formatDateTime(plan.finalisedAt, intl.locale) : '';
  return (
    <article aria-labelledby="plan-heading" className="plan-page">
      <header className="detail-header">
        <div>
          <h1 id="plan-heading">
            {intl.formatMessage({
              id: 'plans.planPage.planVersion',
              defaultMessage: 'Plan version',
            })}{' '}
            {plan.version}{' '}
            <span className={`status status-${plan.status}`}>
              {intl.formatMessage(STATUS_TEXT[plan.status])}
            </span>
          </h1>
          <p className="muted">
            {intl.formatMessage({ id: 'plans.planPage.finalised', defaultMessage: 'Finalised' })}{' '}
            {finalised} {intl.formatMessage({ id: 'plans.planPage.by', defaultMessage: 'by' })}{' '}
            {plan.finalisedBy}
            {intl.formatMessage({
              id: 'plans.planPage.frozenThisVersionCannot',
              defaultMessage: '. Frozen: this version cannot change.',
            })}
          </p>
          <details className="fingerprint-details">
            <summary>
              {intl.formatMessage({ id: 'plans.planPage.details', defaultMessage: 'Details' })}
            </summary>
            <p className="muted sha">
              {intl.formatMessage({
                id: 'plans.planPage.fingerprintSha256',
                defaultMessage: 'Fingerprint (SHA-256):',
              })}{' '}
              {plan.snapshotSha256}
            </p>
          </details>
        </div>
        <div className="detail-actions">
          <Button className="button" onPress={() => void navigate(`/patients/${plan.patientId}`)}>
            {intl.formatMessage({
              id: 'plans.planPage.backToPatient',
              defaultMessage: 'Back to patient',
            })}
          </Button>
          <Button className="button" onPress={() => setSavingTemplate(true)}>
            {intl.formatMessage({
              id: 'plans.planPage.saveAsTemplate',
              defaultMessage: 'Save as template…',
            })}
          </Button>
          <Button
            className="button primary"
            onPress={() =>
              revise.mutate(plan.id, {
                onSuccess: (draft) =>
                  void navigate(`/patients/${plan.patientId}/plans/${draft.id}`),
                onError: (e) => toast.error(e.message),
              })
            }
          >
            {intl.formatMessage({
              id: 'plans.planPage.makeANewVersion',
              defaultMessage: 'Make a new version',
            })}
          </Button>
        </div>
      </header>
      <HandoutPanel planId={plan.id} patientId={plan.patientId} />
      {plan.snapshot ? (
        <PlanView snapshot={plan.snapshot} />
      ) : (
        <p role="alert">
          {intl.formatMessage({
            id: 'plans.planPage.theFrozenCopyOf',
            defaultMessage: 'The frozen copy of this plan is missing, so it cannot be shown.',
          })}
        </p>
      )}
      <SaveTemplateDialog
        plan={plan}
        isOpen={savingTemplate}
        onClose={() => setSavingTemplate(false)}
      />
    </article>
  );
}

export function PlanPage() {
  const intl = useIntl();
  const planId = useParams().planId ?? '';
  const plan = usePlan(planId);
  if (!plan.isSuccess)
    return (
      <QueryState
        query={plan}
        subject={intl.formatMessage({ id: 'plans.planPage.thisPlan', defaultMessage: 'This plan' })}
      />
    );
  // key: a finalised draft remounts as the frozen view, a new version as a fresh editor.
  return plan.data.status === 'draft' ? (
    <PlanEditor key={plan.data.id} plan={plan.data} />
  ) : (
    <FrozenPlan key={plan.data.id} plan={plan.data} />
  );
}
