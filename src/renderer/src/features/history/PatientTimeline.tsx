import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../../shared/domain/dates.ts';
import type { TimelineEntry } from '../../../../shared/domain/history.ts';
import { AuditTrail } from './AuditTrail.tsx';
import { PLAN_STATUS_LABELS, SESSION_STATUS_LABELS } from './labels.ts';
import { useTimeline } from './queries.ts';
import './history.css';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

type PlanEntry = Extract<TimelineEntry, { kind: 'plan' }>;

/** An entry's link, status and who: a plan version, a session, or a handout given. */
function EntryHeadline({ entry: e, patientId }: { entry: TimelineEntry; patientId: string }) {
  const intl = useIntl();
  if (e.kind === 'handout')
    return (
      <>
        <Link to={`/patients/${patientId}/plans/${e.planId}`}>
          {intl.formatMessage({
            id: 'history.patientTimeline.handoutGivenPlanVersion',
            defaultMessage: 'Handout given: plan version',
          })}{' '}
          {e.version}
        </Link>
        <span className="status status-handout">
          {intl.formatMessage({ id: 'history.patientTimeline.handout', defaultMessage: 'Handout' })}
        </span>
      </>
    );
  return (
    <>
      {e.kind === 'plan' ? (
        <Link to={`/patients/${patientId}/plans/${e.id}`}>
          {intl.formatMessage({
            id: 'history.patientTimeline.planVersion',
            defaultMessage: 'Plan version',
          })}{' '}
          {e.version}:{' '}
          {e.title ||
            intl.formatMessage({
              id: 'history.patientTimeline.untitledPlan',
              defaultMessage: 'Untitled plan',
            })}
        </Link>
      ) : (
        <Link to={`/patients/${patientId}/sessions/${e.id}`}>
          {intl.formatMessage({ id: 'history.patientTimeline.session', defaultMessage: 'Session' })}
        </Link>
      )}
      <span className={`status status-${e.kind === 'plan' ? e.status : 'session'}`}>
        {e.kind === 'plan' ? PLAN_STATUS_LABELS[e.status] : SESSION_STATUS_LABELS[e.status]}
      </span>
      <span className="muted">
        {e.therapist ||
          intl.formatMessage({
            id: 'history.patientTimeline.noTherapistNamed',
            defaultMessage: 'No therapist named',
          })}
      </span>
    </>
  );
}

/** Every plan version, session and handout given, newest first, with a way to compare two versions. */
export function PatientTimeline({ patientId }: { patientId: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const timeline = useTimeline(patientId);
  // Up to two versions, in the order they were picked; a third pick drops the oldest.
  const [picked, setPicked] = useState<string[]>([]);
  const entries = timeline.data?.entries ?? [];
  const plans = entries.filter((e): e is PlanEntry => e.kind === 'plan');
  const chosen = plans.filter((p) => picked.includes(p.id)).sort((a, b) => a.version - b.version);
  const pick = (id: string, on: boolean) =>
    setPicked((list) =>
      on ? [...list.filter((x) => x !== id), id].slice(-2) : list.filter((x) => x !== id),
    );
  const [older, newer] = chosen;
  const compare = () => {
    if (older && newer)
      void navigate(`/patients/${patientId}/compare?from=${older.id}&to=${newer.id}`);
  };

  return (
    <section aria-labelledby="timeline-heading" className="patient-timeline">
      <div className="section-header">
        <h2 id="timeline-heading">
          {intl.formatMessage({ id: 'history.patientTimeline.history', defaultMessage: 'History' })}
        </h2>
        {plans.length > 1 && (
          <Button className="button" isDisabled={!newer} onPress={compare}>
            {older && newer
              ? intl.formatMessage(
                  {
                    id: 'history.patientTimeline.compareVersionsAnd',
                    defaultMessage: 'Compare versions {version} and {version2}',
                  },
                  { version: older.version, version2: newer.version },
                )
              : intl.formatMessage({
                  id: 'history.patientTimeline.compareTwoVersions',
                  defaultMessage: 'Compare two versions',
                })}
          </Button>
        )}
      </div>
      <QueryState
        query={timeline}
        subject={intl.formatMessage({
          id: 'history.patientTimeline.theHistory',
          defaultMessage: 'The history',
        })}
        showLoading={false}
      />
      {plans.length > 1 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'history.patientTimeline.tickTwoPlanVersions',
            defaultMessage: 'Tick two plan versions to see what changed between them.',
          })}
        </p>
      )}
      {timeline.isSuccess && entries.length === 0 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'history.patientTimeline.nothingYetPlansSessions',
            defaultMessage:
              'Nothing yet. Plans, sessions and handouts appear here as they are made.',
          })}
        </p>
      )}
      {entries.length > 0 && (
        <ol className="timeline-list">
          {entries.map((e) => (
            <li key={`${e.kind}-${e.id}`}>
              <div className="timeline-entry">
                <p className="timeline-line">
                  <time dateTime={e.date}>{formatDate(e.date, intl.locale)}</time>
                  <EntryHeadline entry={e} patientId={patientId} />
                </p>
                <p className="timeline-summary">{e.summary}</p>
              </div>
              {e.kind === 'plan' && (
                <Checkbox
                  className="checkbox timeline-pick"
                  isSelected={picked.includes(e.id)}
                  onChange={(on) => pick(e.id, on)}
                  aria-label={intl.formatMessage(
                    {
                      id: 'history.patientTimeline.compareVersion',
                      defaultMessage: 'Compare version {version}',
                    },
                    { version: e.version },
                  )}
                >
                  <span className="checkbox-box" aria-hidden="true" />

                  {intl.formatMessage({
                    id: 'history.patientTimeline.compare',
                    defaultMessage: 'Compare',
                  })}
                </Checkbox>
              )}
            </li>
          ))}
        </ol>
      )}
      {timeline.data && <AuditTrail records={timeline.data.audit} />}
    </section>
  );
}
