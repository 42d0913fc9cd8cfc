import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import { formatDate } from '../../shared/domain/dates.ts';
import { painText, type Session } from '../../shared/domain/session.ts';
import * as plans from '../db/repositories/plans.ts';
import * as sessions from '../db/repositories/sessions.ts';
import { getSettings } from '../db/repositories/settings.ts';
import { checklistFromPlan, generalChecklist } from '../sessions/checklist.ts';
import { audited, currentTherapist, type ChangeRecord } from './audit.ts';
import { type ApiContext, mustFindPatient, notFound } from './context.ts';
import {
  assertNoClash,
  carriedActivities,
  measuresToStore,
  planGoals,
  planSplints,
} from './visit-measures.ts';
import { slotText } from '../../shared/domain/visit-slot.ts';

type SessionMethods = Pick<
  AppApi,
  | 'sessions.list'
  | 'sessions.plan'
  | 'sessions.get'
  | 'sessions.update'
  | 'sessions.record'
  | 'sessions.cancel'
  | 'sessions.upcoming'
  | 'sessions.planned'
  | 'sessions.recordingContext'
>;

const NOT_PLANNED: Record<Exclude<Session['status'], 'planned'>, string> = {
  recorded: 'This session has been recorded, so its plan can no longer change.',
  cancelled: 'This session was cancelled. Plan a new session instead.',
};

export function sessionMethods(ctx: ApiContext): SessionMethods {
  const { db } = ctx;

  const mustFind = (id: string): Session => {
    const session = sessions.findSession(db, id);
    if (!session) throw notFound('session');
    return session;
  };

  const mustBePlanned = (id: string): Session => {
    const session = mustFind(id);
    if (session.status !== 'planned') throw new AppError('conflict', NOT_PLANNED[session.status]);
    return session;
  };

  /** One planned visit a day per patient: a second is almost always a double click. */
  function assertDayFree(patientId: string, sessionDate: string, ownId: string | null): void {
    const clash = sessions
      .listSessionsForPatient(db, patientId)
      .find((s) => s.status === 'planned' && s.sessionDate === sessionDate && s.id !== ownId);
    if (clash) {
      const message = `A session is already planned for this patient on ${formatDate(sessionDate)}.`;
      throw new AppError('conflict', message, { sessionDate: message });
    }
  }

  /** A trail record about one session. */
  const about = (
    session: Pick<Session, 'id' | 'patientId'>,
    action: string,
    summary: string,
  ): ChangeRecord => ({
    patientId: session.patientId,
    entity: 'session',
    entityId: session.id,
    action,
    summary,
  });

  return {
    'sessions.list': ({ patientId }) => {
      mustFindPatient(ctx, patientId);
      return sessions.listSessionsForPatient(db, patientId);
    },

    'sessions.get': ({ id }) => mustFind(id),

    'sessions.plan': ({ patientId, sessionDate, slot }) => {
      const id = ctx.newId();
      audited(ctx, (note) => {
        const patient = mustFindPatient(ctx, patientId);
        if (patient.archivedAt !== null) {
          throw new AppError(
            'conflict',
            'This patient is archived. Restore them before planning a session.',
          );
        }
        assertDayFree(patientId, sessionDate, null);
        const therapist = currentTherapist(ctx);
        assertNoClash(
          db,
          { id: null, patientId, sessionDate, slot: slot ?? null },
          therapist,
          ctx.today(),
          'slot.startTime',
        );
        const planId = plans.findPlanIdByStatus(db, patientId, 'finalised');
        const frozen = planId ? plans.findSnapshot(db, planId) : null;
        const drawn = frozen ? checklistFromPlan(frozen.snapshot) : generalChecklist();
        sessions.insertSession(
          db,
          {
            id,
            patientId,
            planId,
            sessionDate,
            therapist,
            data: { ...(slot ? { slot } : {}), ...drawn, outcome: null },
          },
          ctx.now(),
        );
        const at = slot ? `, ${slotText(slot)}` : '';
        note(
          about(
            { id, patientId },
            'planned',
            `Planned a session for ${formatDate(sessionDate)}${at}`,
          ),
        );
      });
      return mustFind(id);
    },

    'sessions.update': ({ id, plan }) => {
      audited(ctx, (note) => {
        const before = mustBePlanned(id);
        assertDayFree(before.patientId, plan.sessionDate, id);
        const { slot: newSlot, ...rest } = plan;
        const slot = newSlot === undefined ? before.slot : newSlot;
        assertNoClash(
          db,
          { id, patientId: before.patientId, sessionDate: plan.sessionDate, slot },
          before.therapist,
          ctx.today(),
          'plan.slot.startTime',
        );
        sessions.replacePlan(
          db,
          id,
          {
            sessionDate: plan.sessionDate,
            data: { ...(slot ? { slot } : {}), ...rest, outcome: null },
          },
          ctx.now(),
        );
        const moved =
          before.sessionDate !== plan.sessionDate || before.slot?.startTime !== slot?.startTime;
        note(
          about(
            before,
            'changed',
            moved
              ? `Moved a session from ${formatDate(before.sessionDate)} to ${formatDate(plan.sessionDate)}`
              : `Changed the plan for the session on ${formatDate(plan.sessionDate)}`,
          ),
        );
      });
      return mustFind(id);
    },

    'sessions.record': ({ id, outcome }) => {
      audited(ctx, (note) => {
        const before = mustFind(id);
        if (before.status === 'cancelled') {
          throw new AppError(
            'conflict',
            'This session was cancelled, so it cannot be recorded. Plan a new session instead.',
          );
        }
        if (before.sessionDate > ctx.today()) {
          throw new AppError(
            'conflict',
            `This session is planned for ${formatDate(before.sessionDate)}, which has not come yet. Change its date to today to record it now.`,
          );
        }
        const { checklist, measures, ...rest } = outcome;
        const stored = measures
          ? { ...rest, measures: measuresToStore(measures, getSettings(db).customMeasures) }
          : rest;
        sessions.writeOutcome(
          db,
          id,
          {
            therapist: currentTherapist(ctx),
            data: {
              ...(before.slot ? { slot: before.slot } : {}),
              agenda: before.agenda,
              checklist,
              outcome: stored,
              // A correction keeps what it replaces, with who had recorded it.
              earlierRecords:
                before.outcome === null
                  ? before.earlierRecords
                  : [
                      ...before.earlierRecords,
                      {
                        replacedAt: ctx.now(),
                        therapist: before.therapist,
                        checklist: before.checklist,
                        outcome: before.outcome,
                      },
                    ],
            },
          },
          ctx.now(),
        );
        // A recorded session may be corrected by recording it again; the trail says so.
        const earlier = before.outcome;
        if (earlier === null) {
          note(about(before, 'recorded', `Recorded session: pain ${painText(rest.pain)}`));
        } else {
          const pain =
            earlier.pain === rest.pain
              ? painText(rest.pain)
              : `${painText(earlier.pain)} → ${painText(rest.pain)}`;
          note(about(before, 'corrected', `Corrected the session record: pain ${pain}`));
        }
      });
      return mustFind(id);
    },

    'sessions.cancel': ({ id }) => {
      audited(ctx, (note) => {
        const before = mustFind(id);
        if (before.status === 'cancelled') return;
        if (before.status === 'recorded') {
          throw new AppError(
            'conflict',
            'This session has been recorded, so it cannot be cancelled. Record it again to correct it.',
          );
        }
        sessions.cancelSession(db, id, ctx.now());
        note(
          about(before, 'cancelled', `Cancelled the session on ${formatDate(before.sessionDate)}`),
        );
      });
      return mustFind(id);
    },

    'sessions.upcoming': () => sessions.listUpcoming(db, ctx.today()),

    'sessions.planned': ({ from, to }) => {
      if (to < from) {
        const message = 'The last day must be on or after the first day';
        throw new AppError('invalid-input', message, { to: message });
      }
      return sessions.listPlannedBetween(db, { from, to, today: ctx.today() });
    },

    'sessions.recordingContext': ({ id }) => {
      const session = mustFind(id);
      const frozen = session.planId ? plans.findSnapshot(db, session.planId) : null;
      return {
        splints: frozen ? planSplints(frozen.snapshot) : [],
        goals: frozen ? planGoals(frozen.snapshot) : [],
        carriedActivities: carriedActivities(
          sessions.listSessionsForPatient(db, session.patientId),
          session,
        ),
        customMeasures: getSettings(db).customMeasures,
      };
    },
  };
}
