import { type Session } from '../../../../shared/domain/session.ts';
import { outcomeFacts } from './outcome-facts.ts';
import { EarlierRecords } from './EarlierRecords.tsx';
import { FactList } from '../../components/FactList.tsx';

/** A session as it stands: agenda, checklist with what was done, and the outcome if recorded. */
export function SessionSummary({ session }: { session: Session }) {
  const { outcome } = session;
  return (
    <div className="session-summary">
      {outcome && <FactList facts={outcomeFacts(outcome)} />}
      <section aria-labelledby="summary-agenda">
        <h2 id="summary-agenda">Agenda</h2>
        <p className="notes">{session.agenda || 'No agenda.'}</p>
      </section>
      <section aria-labelledby="summary-checklist">
        <h2 id="summary-checklist">Checklist</h2>
        {session.checklist.length === 0 ? (
          <p className="muted">No checklist items.</p>
        ) : (
          <ul className="checklist-summary">
            {session.checklist.map((item, i) => (
              <li key={i} className={item.done ? 'done' : undefined}>
                <span aria-hidden="true" className="tick">
                  {item.done ? '✓' : '–'}
                </span>
                {item.text}
                {outcome && (
                  <span className="visually-hidden">{item.done ? ': done' : ': not done'}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {outcome && (
        <>
          <section aria-labelledby="summary-notes">
            <h2 id="summary-notes">Notes</h2>
            <p className="notes">{outcome.notes || 'No notes.'}</p>
          </section>
          <section aria-labelledby="summary-changes">
            <h2 id="summary-changes">Changes made</h2>
            <p className="notes">{outcome.changes || 'No changes.'}</p>
          </section>
          <EarlierRecords records={session.earlierRecords} />
        </>
      )}
    </div>
  );
}
