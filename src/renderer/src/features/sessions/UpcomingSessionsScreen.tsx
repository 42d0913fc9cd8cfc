import { Link } from 'react-router';
import { formatDate, localToday } from '../../../../shared/domain/dates.ts';
import type { UpcomingSession } from '../../../../shared/domain/session.ts';
import { useUpcomingSessions } from './queries.ts';
import './sessions.css';
import { QueryState } from '../../components/QueryState.tsx';
import { plural } from '../../../../shared/domain/plan-words.ts';
import { slotText } from '../../../../shared/domain/visit-slot.ts';
import { VisitCalendar } from './VisitCalendar.tsx';
import { useIntl } from 'react-intl';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function when(sessionDate: string, today: string): string {
  const days = daysBetween(today, sessionDate);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days > 1) return `In ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

function SessionRows({ sessions, today }: { sessions: UpcomingSession[]; today: string }) {
  const intl = useIntl();
  return (
    <ul className="plan-list upcoming-list">
      {sessions.map((s) => (
        <li key={s.id}>
          <Link to={`/patients/${s.patientId}/sessions/${s.id}`}>
            {s.patientName}, {formatDate(s.sessionDate, intl.locale)}
            {s.slot ? `, ${slotText(s.slot)}` : ''}
          </Link>
          <span className={s.overdue ? 'upcoming-when overdue' : 'upcoming-when'}>
            {when(s.sessionDate, today)}
          </span>
          <span className="muted">
            {s.chartNumber
              ? intl.formatMessage(
                  {
                    id: 'sessions.upcomingSessionsScreen.chart',
                    defaultMessage: 'Chart {chartNumber} ·',
                  },
                  { chartNumber: s.chartNumber },
                ) + ' '
              : ''}
            {plural(s.checklistCount, 'checklist item', 'checklist items')}
            {` · ${s.therapist}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Planned sessions across every patient: the coming ones, then those left unrecorded. */
export function UpcomingSessionsScreen() {
  const intl = useIntl();
  const upcoming = useUpcomingSessions();
  const today = localToday();
  const list = upcoming.data ?? [];
  const coming = list.filter((s) => !s.overdue);
  const overdue = list.filter((s) => s.overdue);

  return (
    <div className="panes">
      <main className="detail-pane upcoming-screen" id="main" aria-labelledby="upcoming-heading">
        <h1 id="upcoming-heading">
          {intl.formatMessage({
            id: 'sessions.upcomingSessionsScreen.upcomingSessions',
            defaultMessage: 'Upcoming sessions',
          })}
        </h1>
        <VisitCalendar />
        <QueryState
          query={upcoming}
          subject={intl.formatMessage({
            id: 'sessions.upcomingSessionsScreen.theSessions',
            defaultMessage: 'The sessions',
          })}
        />
        {upcoming.isSuccess && (
          <>
            <section aria-labelledby="coming-heading">
              <h2 id="coming-heading">
                {intl.formatMessage({
                  id: 'sessions.upcomingSessionsScreen.comingUp',
                  defaultMessage: 'Coming up',
                })}
              </h2>
              {coming.length === 0 ? (
                <p className="muted">
                  {intl.formatMessage({
                    id: 'sessions.upcomingSessionsScreen.noSessionsPlannedPlan',
                    defaultMessage: 'No sessions planned. Plan one from a patient’s page.',
                  })}
                </p>
              ) : (
                <SessionRows sessions={coming} today={today} />
              )}
            </section>
            {overdue.length > 0 && (
              <section aria-labelledby="overdue-heading">
                <h2 id="overdue-heading">
                  {intl.formatMessage({
                    id: 'sessions.upcomingSessionsScreen.notYetRecorded',
                    defaultMessage: 'Not yet recorded',
                  })}
                </h2>
                <p className="muted">
                  {intl.formatMessage({
                    id: 'sessions.upcomingSessionsScreen.theseSessionsWerePlanned',
                    defaultMessage:
                      'These sessions were planned for a day that has passed. Record what happened, or cancel them.',
                  })}
                </p>
                <SessionRows sessions={overdue} today={today} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
