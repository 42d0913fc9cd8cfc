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
import { defineMessages, useIntl } from 'react-intl';

const STATUS_LABELS = defineMessages<PlanStatus>({
  draft: { id: 'plans.status.draft', defaultMessage: 'Draft' },
  finalised: { id: 'plans.status.finalised', defaultMessage: 'Active' },
  superseded: { id: 'plans.status.superseded', defaultMessage: 'Superseded' },
});

/** The patient's plans, newest first, with a way to start the next one. */
export function PatientPlans({
  patientId,
  stage,
}: {
  patientId: string;
  stage: DiseaseStage | null;
}) {
  const intl = useIntl();
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
        <h2 id="plans-heading">
          {intl.formatMessage({
            id: 'plans.patientPlans.jointProtectionPlans',
            defaultMessage: 'Joint-protection plans',
          })}
        </h2>
        {draft ? (
          <Button className="button primary" onPress={() => open(draft.id)}>
            {intl.formatMessage({
              id: 'plans.patientPlans.continueDraft',
              defaultMessage: 'Continue draft',
            })}
          </Button>
        ) : (
          <Button className="button primary" onPress={() => setChoosing(true)}>
            {intl.formatMessage({ id: 'plans.patientPlans.newPlan', defaultMessage: 'New plan' })}
          </Button>
        )}
      </div>
      <QueryState
        query={plans}
        subject={intl.formatMessage({
          id: 'plans.patientPlans.thePlans',
          defaultMessage: 'The plans',
        })}
        showLoading={false}
      />
      {plans.isSuccess && list.length === 0 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'plans.patientPlans.noPlansYetStart',
            defaultMessage: 'No plans yet. Start one from a template in a few minutes.',
          })}
        </p>
      )}
      {list.length > 0 && (
        <ul className="plan-list">
          {list.map((p) => (
            <li key={p.id}>
              <Link to={`/patients/${patientId}/plans/${p.id}`}>
                {intl.formatMessage({
                  id: 'plans.patientPlans.version',
                  defaultMessage: 'Version',
                })}{' '}
                {p.version}:{' '}
                {p.title ||
                  intl.formatMessage({
                    id: 'plans.patientPlans.untitledPlan',
                    defaultMessage: 'Untitled plan',
                  })}
              </Link>
              <span className={`status status-${p.status}`}>
                {intl.formatMessage(STATUS_LABELS[p.status])}
              </span>
              <span className="muted">
                {p.status === 'draft'
                  ? intl.formatMessage(
                      { id: 'plans.patientPlans.changed', defaultMessage: 'changed {value}' },
                      { value: formatDate(p.updatedAt.slice(0, 10), intl.locale) },
                    )
                  : `${formatDate(p.planDate, intl.locale)}, ${p.therapist}`}
                {p.reviewDate && p.status === 'finalised'
                  ? ' ' +
                    intl.formatMessage(
                      { id: 'plans.patientPlans.review', defaultMessage: '· review {value}' },
                      { value: formatDate(p.reviewDate, intl.locale) },
                    )
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
