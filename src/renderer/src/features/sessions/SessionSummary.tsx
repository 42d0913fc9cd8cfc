import { type Session } from '../../../../shared/domain/session.ts';
import { outcomeFacts } from './outcome-facts.ts';
import { EarlierRecords } from './EarlierRecords.tsx';
import { FactList } from '../../components/FactList.tsx';
import { useIntl } from 'react-intl';

/** A session as it stands: agenda, checklist with what was done, and the outcome if recorded. */
export function SessionSummary({ session }: { session: Session }) {
  const intl = useIntl();
  const { outcome } = session;
  return (
    <div className="session-summary">
      {outcome && <FactList facts={outcomeFacts(outcome)} />}
      <section aria-labelledby="summary-agenda">
        <h2 id="summary-agenda">
          {intl.formatMessage({ id: 'sessions.sessionSummary.agenda', defaultMessage: 'Agenda' })}
        </h2>
        <p className="notes">
          {session.agenda ||
            intl.formatMessage({
              id: 'sessions.sessionSummary.noAgenda',
              defaultMessage: 'No agenda.',
            })}
        </p>
      </section>
      <section aria-labelledby="summary-checklist">
        <h2 id="summary-checklist">
          {intl.formatMessage({
            id: 'sessions.sessionSummary.checklist',
            defaultMessage: 'Checklist',
          })}
        </h2>
        {session.checklist.length === 0 ? (
          <p className="muted">
            {intl.formatMessage({
              id: 'sessions.sessionSummary.noChecklistItems',
              defaultMessage: 'No checklist items.',
            })}
          </p>
        ) : (
          <ul className="checklist-summary">
            {session.checklist.map((item, i) => (
              <li key={i} className={item.done ? 'done' : undefined}>
                <span aria-hidden="true" className="tick">
                  {item.done ? '✓' : '–'}
                </span>
                {item.text}
                {outcome && (
                  <span className="visually-hidden">
                    {item.done
                      ? intl.formatMessage({
                          id: 'sessions.sessionSummary.done',
                          defaultMessage: ': done',
                        })
                      : intl.formatMessage({
                          id: 'sessions.sessionSummary.notDone',
                          defaultMessage: ': not done',
                        })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {outcome && (
        <>
          <section aria-labelledby="summary-notes">
            <h2 id="summary-notes">
              {intl.formatMessage({ id: 'sessions.sessionSummary.notes', defaultMessage: 'Notes' })}
            </h2>
            <p className="notes">
              {outcome.notes ||
                intl.formatMessage({
                  id: 'sessions.sessionSummary.noNotes',
                  defaultMessage: 'No notes.',
                })}
            </p>
          </section>
          <section aria-labelledby="summary-changes">
            <h2 id="summary-changes">
              {intl.formatMessage({
                id: 'sessions.sessionSummary.changesMade',
                defaultMessage: 'Changes made',
              })}
            </h2>
            <p className="notes">
              {outcome.changes ||
                intl.formatMessage({
                  id: 'sessions.sessionSummary.noChanges',
                  defaultMessage: 'No changes.',
                })}
            </p>
          </section>
          <EarlierRecords records={session.earlierRecords} />
        </>
      )}
    </div>
  );
}
