import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { toast } from 'sonner';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { DiseaseStage } from '../../../../shared/domain/patient.ts';
import type { PlanStatus } from '../../../../shared/domain/plan.ts';
import { NewPlanDialog } from './NewPlanDialog.tsx';
import { useCreateDraft, usePlanList } from './queries.ts';
import { QueryState } from '../../components/QueryState.tsx';
import './plans.css';

const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  finalised: 'Active',
  superseded: 'Superseded',
};

/** The patient's plans, newest first, with a way to start the next one. */
export function PatientPlans({
  patientId,
  stage,
}: {
  patientId: string;
  stage: DiseaseStage | null;
}) {
  const navigate = useNavigate();
  const plans = usePlanList(patientId);
  const createDraft = useCreateDraft();
  const [choosing, setChoosing] = useState(false);
  const list = plans.data ?? [];
  const draft = list.find((p) => p.status === 'draft');
  const latest = list.find((p) => p.status !== 'draft') ?? null;
  const open = (planId: string) => void navigate(`/patients/${patientId}/plans/${planId}`);

  return (
    <section aria-labelledby="plans-heading">
      <div className="section-header">
        <h2 id="plans-heading">Joint-protection plans</h2>
        {draft ? (
          <Button className="button primary" onPress={() => open(draft.id)}>
            Continue draft
          </Button>
        ) : (
          <Button className="button primary" onPress={() => setChoosing(true)}>
            New plan
          </Button>
        )}
      </div>
      <QueryState query={plans} subject="The plans" showLoading={false} />
      {plans.isSuccess && list.length === 0 && (
        <p className="muted">No plans yet. Start one from a template in a few minutes.</p>
      )}
      {list.length > 0 && (
        <ul className="plan-list">
          {list.map((p) => (
            <li key={p.id}>
              <Link to={`/patients/${patientId}/plans/${p.id}`}>
                Version {p.version}: {p.title || 'Untitled plan'}
              </Link>
              <span className={`status status-${p.status}`}>{STATUS_LABELS[p.status]}</span>
              <span className="muted">
                {p.status === 'draft'
                  ? `changed ${formatDate(p.updatedAt.slice(0, 10))}`
                  : `${formatDate(p.planDate)}, ${p.therapist}`}
                {p.reviewDate && p.status === 'finalised'
                  ? ` · review ${formatDate(p.reviewDate)}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <NewPlanDialog
        isOpen={choosing}
        latest={latest}
        stage={stage}
        onCancel={() => setChoosing(false)}
        onStart={(source) =>
          createDraft.mutate(
            { patientId, source },
            {
              onSuccess: (plan) => {
                setChoosing(false);
                open(plan.id);
              },
              onError: (e) => toast.error(e.message),
            },
          )
        }
      />
    </section>
  );
}
