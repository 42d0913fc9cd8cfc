import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { formatDate, formatDateTime, localToday } from '../../../../shared/domain/dates.ts';
import type { Session } from '../../../../shared/domain/session.ts';
import { slotText, VISIT_PLACE_LABELS } from '../../../../shared/domain/visit-slot.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { showPageTop } from '../../lib/page-top.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { usePatient } from '../patients/queries.ts';
import { sessionTitle, STATUS_LABELS } from './labels.ts';
import { useCancelSession, useSession } from './queries.ts';
import { RecordForm } from './RecordForm.tsx';
import { SessionPlanForm } from './SessionPlanForm.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import './sessions.css';
import { QueryState } from '../../components/QueryState.tsx';
import { useIntl } from 'react-intl';

const nothingToLose = () => false;

/** One visit: its plan while planned, then the record of what happened. */
export function SessionPage() {
  const intl = useIntl();
  const sessionId = useParams().sessionId ?? '';
  const session = useSession(sessionId);
  if (!session.isSuccess)
    return (
      <QueryState
        query={session}
        subject={intl.formatMessage({
          id: 'sessions.sessionPage.thisSession',
          defaultMessage: 'This session',
        })}
      />
    );
  return <SessionDetail key={session.data.id} session={session.data} />;
}

function SessionDetail({ session }: { session: Session }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const patient = usePatient(session.patientId);
  const cancel = useCancelSession();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  // Both forms can hold unsaved work; one guard asks them both (a router allows one blocker).
  const planGuard = useRef<() => boolean>(nothingToLose);
  const recordGuard = useRef<() => boolean>(nothingToLose);
  const shouldBlock = useCallback(() => planGuard.current() || recordGuard.current(), []);
  // Recording closes the plan for good, so unsaved changes to it would be lost unseen.
  const planSavedFirst = () => {
    if (planGuard.current()) {
      throw new Error('Save or undo your changes to the plan for the visit first.');
    }
  };
  // Recorded (or cancelled) in place: the page it has become opens at its top, heading focused.
  const shownStatus = useRef(session.status);
  useEffect(() => {
    if (shownStatus.current === session.status) return;
    shownStatus.current = session.status;
    showPageTop();
  }, [session.status]);
  const name = patient.data ? `${patient.data.familyName}, ${patient.data.givenName}` : '';
  const notYet = session.sessionDate > localToday();

  return (
    <article aria-labelledby="session-heading" className="session-page">
      <header className="detail-header">
        <div>
          <h1 id="session-heading">
            {sessionTitle(session.sessionDate)}{' '}
            <span className={`status session-status-${session.status}`}>
              {STATUS_LABELS[session.status]}
            </span>
          </h1>
          <p className="muted">
            {name && `${name} · `}
            {session.slot &&
              `${slotText(session.slot)}, ${VISIT_PLACE_LABELS[session.slot.place]} · `}
            {recordedLine(session)}
            {session.planId && (
              <>
                {' · '}
                <Link to={`/patients/${session.patientId}/plans/${session.planId}`}>
                  {intl.formatMessage({
                    id: 'sessions.sessionPage.thePlanTheChecklist',
                    defaultMessage: 'The plan the checklist came from',
                  })}
                </Link>
              </>
            )}
          </p>
        </div>
        <div className="detail-actions">
          <Button
            className="button"
            onPress={() => void navigate(`/patients/${session.patientId}`)}
          >
            {intl.formatMessage({
              id: 'sessions.sessionPage.backToPatient',
              defaultMessage: 'Back to patient',
            })}
          </Button>
          {session.status === 'planned' && (
            <Button className="button danger" onPress={() => setConfirmCancel(true)}>
              {intl.formatMessage({
                id: 'sessions.sessionPage.cancelSession',
                defaultMessage: 'Cancel session…',
              })}
            </Button>
          )}
          {session.status === 'recorded' && !correcting && (
            <Button className="button" onPress={() => setCorrecting(true)}>
              {intl.formatMessage({
                id: 'sessions.sessionPage.correctTheRecord',
                defaultMessage: 'Correct the record',
              })}
            </Button>
          )}
        </div>
      </header>

      {session.status === 'planned' && (
        <>
          <SessionPlanForm session={session} guardRef={planGuard} />
          {notYet ? (
            <p className="notice">
              {intl.formatMessage({
                id: 'sessions.sessionPage.thisSessionIsPlanned',
                defaultMessage: 'This session is planned for',
              })}{' '}
              {formatDate(session.sessionDate, intl.locale)}
              {intl.formatMessage({
                id: 'sessions.sessionPage.youCanRecordIt',
                defaultMessage:
                  '. You can record it on the day; to record it now, change its date to today and save the plan.',
              })}
            </p>
          ) : (
            <RecordForm
              key={session.checklist.map((i) => i.text).join('\n')}
              session={session}
              guardRef={recordGuard}
              beforeSave={planSavedFirst}
            />
          )}
        </>
      )}
      {session.status === 'recorded' &&
        (correcting ? (
          <RecordForm
            session={session}
            guardRef={recordGuard}
            onCancel={() => setCorrecting(false)}
          />
        ) : (
          <SessionSummary session={session} />
        ))}
      {session.status === 'cancelled' && (
        <>
          <p className="notice">
            {intl.formatMessage({
              id: 'sessions.sessionPage.thisSessionWasCancelled',
              defaultMessage: 'This session was cancelled. Plan a new one from the patient page.',
            })}
          </p>
          <SessionSummary session={session} />
        </>
      )}

      <UnsavedChangesGuard shouldBlock={shouldBlock} what="this session" />
      <ConfirmDialog
        isOpen={confirmCancel}
        title={intl.formatMessage(
          {
            id: 'sessions.sessionPage.cancelTheSessionOn',
            defaultMessage: 'Cancel the session on {value}?',
          },
          { value: formatDate(session.sessionDate, intl.locale) },
        )}
        confirmLabel={intl.formatMessage({
          id: 'sessions.sessionPage.cancelSession2',
          defaultMessage: 'Cancel session',
        })}
        cancelLabel={intl.formatMessage({
          id: 'sessions.sessionPage.keepSession',
          defaultMessage: 'Keep session',
        })}
        destructive
        onCancel={() => setConfirmCancel(false)}
        onConfirm={() =>
          cancel.mutate(session.id, {
            onSuccess: () => {
              setConfirmCancel(false);
              toast.success(
                intl.formatMessage({
                  id: 'sessions.sessionPage.sessionCancelled',
                  defaultMessage: 'Session cancelled',
                }),
              );
            },
            onError: (e) => toast.error(e.message),
          })
        }
      >
        <p>
          {intl.formatMessage({
            id: 'sessions.sessionPage.itStaysInThe',
            defaultMessage:
              'It stays in the patient’s history as cancelled. It cannot be recorded afterwards.',
          })}
        </p>
      </ConfirmDialog>
    </article>
  );
}

/** Who recorded the session and when; after a correction, the first recorder and the corrector. */
function recordedLine(session: Session): string {
  if (!session.recordedAt) return `Therapist: ${session.therapist}`;
  const first = session.earlierRecords[0];
  if (!first) return `Recorded ${formatDateTime(session.recordedAt)} by ${session.therapist}`;
  return `Recorded ${formatDateTime(session.recordedAt)} by ${first.therapist}, corrected ${formatDateTime(session.updatedAt)} by ${session.therapist}`;
}
