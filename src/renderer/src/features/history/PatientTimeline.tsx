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

type PlanEntry = Extract<TimelineEntry, { kind: 'plan' }>;

/** An entry's link, status and who: a plan version, a session, or a handout given. */
function EntryHeadline({ entry: e, patientId }: { entry: TimelineEntry; patientId: string }) {
  if (e.kind === 'handout')
    return (
      <>
        <Link to={`/patients/${patientId}/plans/${e.planId}`}>
          Handout given: plan version {e.version}
        </Link>
        <span className="status status-handout">Handout</span>
      </>
    );
  return (
    <>
      {e.kind === 'plan' ? (
        <Link to={`/patients/${patientId}/plans/${e.id}`}>
          Plan version {e.version}: {e.title || 'Untitled plan'}
        </Link>
      ) : (
        <Link to={`/patients/${patientId}/sessions/${e.id}`}>Session</Link>
      )}
      <span className={`status status-${e.kind === 'plan' ? e.status : 'session'}`}>
        {e.kind === 'plan' ? PLAN_STATUS_LABELS[e.status] : SESSION_STATUS_LABELS[e.status]}
      </span>
      <span className="muted">{e.therapist || 'No therapist named'}</span>
    </>
  );
}

/** Every plan version, session and handout given, newest first, with a way to compare two versions. */
export function PatientTimeline({ patientId }: { patientId: string }) {
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
        <h2 id="timeline-heading">History</h2>
        {plans.length > 1 && (
          <Button className="button" isDisabled={!newer} onPress={compare}>
            {older && newer
              ? `Compare versions ${older.version} and ${newer.version}`
              : 'Compare two versions'}
          </Button>
        )}
      </div>
      <QueryState query={timeline} subject="The history" showLoading={false} />
      {plans.length > 1 && (
        <p className="muted">Tick two plan versions to see what changed between them.</p>
      )}
      {timeline.isSuccess && entries.length === 0 && (
        <p className="muted">
          Nothing yet. Plans, sessions and handouts appear here as they are made.
        </p>
      )}
      {entries.length > 0 && (
        <ol className="timeline-list">
          {entries.map((e) => (
            <li key={`${e.kind}-${e.id}`}>
              <div className="timeline-entry">
                <p className="timeline-line">
                  <time dateTime={e.date}>{formatDate(e.date)}</time>
                  <EntryHeadline entry={e} patientId={patientId} />
                </p>
                <p className="timeline-summary">{e.summary}</p>
              </div>
              {e.kind === 'plan' && (
                <Checkbox
                  className="checkbox timeline-pick"
                  isSelected={picked.includes(e.id)}
                  onChange={(on) => pick(e.id, on)}
                  aria-label={`Compare version ${e.version}`}
                >
                  <span className="checkbox-box" aria-hidden="true" />
                  Compare
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
