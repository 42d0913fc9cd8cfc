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

const STATUS_TEXT = { finalised: 'Active', superseded: 'Superseded', draft: 'Draft' } as const;

function FrozenPlan({ plan }: { plan: Plan }) {
  const navigate = useNavigate();
  const revise = useRevisePlan();
  const [savingTemplate, setSavingTemplate] = useState(false);
  // Arriving here from the editor (just finalised), start at the top of the plan.
  // (A block body: newer browsers' scrollTo returns a promise, which is no effect cleanup.)
  useEffect(() => {
    void document.getElementById('main')?.scrollTo(0, 0);
  }, []);
  const finalised = plan.finalisedAt ? formatDateTime(plan.finalisedAt) : '';
  return (
    <article aria-labelledby="plan-heading" className="plan-page">
      <header className="detail-header">
        <div>
          <h1 id="plan-heading">
            Plan version {plan.version}{' '}
            <span className={`status status-${plan.status}`}>{STATUS_TEXT[plan.status]}</span>
          </h1>
          <p className="muted">
            Finalised {finalised} by {plan.finalisedBy}. Frozen: this version cannot change.
          </p>
          <details className="fingerprint-details">
            <summary>Details</summary>
            <p className="muted sha">Fingerprint (SHA-256): {plan.snapshotSha256}</p>
          </details>
        </div>
        <div className="detail-actions">
          <Button className="button" onPress={() => void navigate(`/patients/${plan.patientId}`)}>
            Back to patient
          </Button>
          <Button className="button" onPress={() => setSavingTemplate(true)}>
            Save as template…
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
            Make a new version
          </Button>
        </div>
      </header>
      <HandoutPanel planId={plan.id} />
      {plan.snapshot ? (
        <PlanView snapshot={plan.snapshot} />
      ) : (
        <p role="alert">The frozen copy of this plan is missing, so it cannot be shown.</p>
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
  const planId = useParams().planId ?? '';
  const plan = usePlan(planId);
  if (!plan.isSuccess) return <QueryState query={plan} subject="This plan" />;
  // key: a finalised draft remounts as the frozen view, a new version as a fresh editor.
  return plan.data.status === 'draft' ? (
    <PlanEditor key={plan.data.id} plan={plan.data} />
  ) : (
    <FrozenPlan key={plan.data.id} plan={plan.data} />
  );
}
