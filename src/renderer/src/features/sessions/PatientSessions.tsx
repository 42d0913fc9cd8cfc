import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { painText } from '../../../../shared/domain/session.ts';
import { PlanSessionDialog } from './PlanSessionDialog.tsx';
import { sessionTitle, STATUS_LABELS } from './labels.ts';
import { useSessionList } from './queries.ts';
import './sessions.css';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

/** The patient's visits, the latest date first, with a way to plan the next one. */
export function PatientSessions({
  patientId,
  archived = false,
}: {
  patientId: string;
  /** An archived patient's sessions stay readable, but no new one can be planned. */
  archived?: boolean;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const sessions = useSessionList(patientId);
  const [planning, setPlanning] = useState(false);
  const list = sessions.data ?? [];

  return (
    <section aria-labelledby="sessions-heading">
      <div className="section-header">
        <h2 id="sessions-heading">
          {intl.formatMessage({
            id: 'sessions.patientSessions.sessions',
            defaultMessage: 'Sessions',
          })}
        </h2>
        {!archived && (
          <Button className="button primary" onPress={() => setPlanning(true)}>
            {intl.formatMessage({
              id: 'sessions.patientSessions.planASession',
              defaultMessage: 'Plan a session',
            })}
          </Button>
        )}
      </div>
      <QueryState
        query={sessions}
        subject={intl.formatMessage({
          id: 'sessions.patientSessions.theSessions',
          defaultMessage: 'The sessions',
        })}
        showLoading={false}
      />
      {sessions.isSuccess && list.length === 0 && (
        <p className="muted">
          {intl.formatMessage({
            id: 'sessions.patientSessions.noSessionsYetPlan',
            defaultMessage:
              'No sessions yet. Plan one to get a checklist drawn from the active plan.',
          })}
        </p>
      )}
      {list.length > 0 && (
        <ul className="plan-list">
          {list.map((s) => (
            <li key={s.id}>
              <Link to={`/patients/${patientId}/sessions/${s.id}`}>
                {sessionTitle(s.sessionDate)}
              </Link>
              <span className={`status session-status-${s.status}`}>{STATUS_LABELS[s.status]}</span>
              <span className="muted">
                {s.therapist}
                {s.outcome
                  ? ' ' +
                    intl.formatMessage(
                      { id: 'sessions.patientSessions.pain', defaultMessage: '· pain {value}' },
                      { value: painText(s.outcome.pain) },
                    )
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <PlanSessionDialog
        patientId={patientId}
        isOpen={planning}
        onClose={() => setPlanning(false)}
        onPlanned={(session) => {
          setPlanning(false);
          void navigate(`/patients/${patientId}/sessions/${session.id}`);
        }}
      />
    </section>
  );
}
