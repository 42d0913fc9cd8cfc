import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { PlanVersionRef, TimelineEntry } from '../../shared/domain/history.ts';
import type { Plan } from '../../shared/domain/plan.ts';
import {
  comparePlanVersions,
  summarizePlanChanges,
  type PlanVersionView,
} from '../../shared/domain/plan-diff.ts';
import { ADHERENCE_LABELS, type Adherence } from '../../shared/domain/session.ts';
import { localToday } from '../../shared/domain/dates.ts';
import { handoutOptionsLine, storedHandoutOptionsSchema } from '../../shared/domain/handout.ts';
import { listAuditForPatient } from '../db/repositories/audit.ts';
import { readStoredJson } from '../db/repositories/stored-json.ts';
import * as history from '../db/repositories/history.ts';
import * as plans from '../db/repositories/plans.ts';
import { type ApiContext, mustFindPatient, notFound } from './context.ts';
import { versionView } from './plan-versions.ts';

type HistoryMethods = Pick<AppApi, 'history.timeline' | 'history.compare'>;

/** How the patient kept to the splint schedule, as a few words for the timeline. */
const ADHERENCE_SHORT: Record<Adherence, string> = {
  fully: 'splint schedule kept',
  mostly: 'splint schedule mostly kept',
  partly: 'splint schedule kept about half the time',
  rarely: 'splint schedule rarely kept',
  'no-schedule': 'no splint schedule',
};

/** "Planned: 6 checklist items", "Recorded: pain 4/10, splint schedule mostly kept", "Cancelled". */
export function sessionSummary(row: history.TimelineSessionLine): string {
  if (row.status === 'cancelled') return 'Cancelled';
  if (row.status === 'planned') {
    const n = row.checklistCount;
    const planned = row.startTime === null ? 'Planned' : `Planned for ${row.startTime}`;
    return n === 0 ? planned : `${planned}: ${n} checklist ${n === 1 ? 'item' : 'items'}`;
  }
  const grip = [
    row.gripLeft === null ? null : `left ${row.gripLeft} kg`,
    row.gripRight === null ? null : `right ${row.gripRight} kg`,
  ].filter((p) => p !== null);
  const parts = [
    row.painNow === null ? null : `pain now ${row.painNow}/10`,
    row.pain === null
      ? null
      : row.painNow === null
        ? `pain ${row.pain}/10`
        : `pain after activity ${row.pain}/10`,
    row.stiffness === null ? null : `morning stiffness ${row.stiffness} min`,
    grip.length === 0 ? null : `grip ${grip.join(', ')}`,
    row.adherence && row.adherence in ADHERENCE_LABELS
      ? ADHERENCE_SHORT[row.adherence as Adherence]
      : null,
  ].filter((p) => p !== null);
  return parts.length === 0 ? 'Recorded' : `Recorded: ${parts.join(', ')}`;
}

/** "A4, large print, wear log": how a handout was printed, as its reprint offers it. */
function handoutEntry(r: history.TimelineHandoutLine): TimelineEntry {
  const options = readStoredJson(storedHandoutOptionsSchema, r.options, {
    table: 'handout_exports',
    id: r.id,
    column: 'options',
  });
  return {
    kind: 'handout',
    id: r.id,
    at: r.at,
    date: localToday(new Date(r.at)),
    planId: r.planId,
    version: r.version,
    summary: handoutOptionsLine(options),
  };
}

const ref = (plan: Plan): PlanVersionRef => ({
  id: plan.id,
  version: plan.version,
  status: plan.status,
  planDate: plan.content.planDate,
  therapist: plan.content.therapist,
  finalisedAt: plan.finalisedAt,
});

export function historyMethods(ctx: ApiContext): HistoryMethods {
  const { db } = ctx;

  /**
   * Finalised versions carry their summary; older ones and the draft are worked out now,
   * reading each frozen snapshot at most once per call (`frozen` caches them).
   */
  function planSummary(
    patientId: string,
    row: history.TimelinePlanLine,
    frozen: Map<string, PlanVersionView | null>,
  ): string {
    if (row.changeSummary !== null) return row.changeSummary;
    const viewOf = (id: string | null) => {
      if (id === null) return null;
      if (!frozen.has(id)) frozen.set(id, plans.findSnapshot(db, id)?.snapshot ?? null);
      return frozen.get(id) ?? null;
    };
    const older = viewOf(history.findEarlierFrozenId(db, patientId, row.version));
    if (row.status !== 'draft') {
      const own = viewOf(row.id);
      return own ? summarizePlanChanges(older, own) : '';
    }
    const draft = plans.findPlan(db, row.id);
    if (!draft) return '';
    const line = summarizePlanChanges(older, versionView(ctx, draft));
    return older
      ? `Draft: ${line.charAt(0).toLowerCase()}${line.slice(1)}`
      : 'Draft: first version';
  }

  return {
    'history.timeline': ({ patientId }) =>
      db.transaction(() => {
        mustFindPatient(ctx, patientId);
        const frozen = new Map<string, PlanVersionView | null>();
        const entries: TimelineEntry[] = [
          ...history.listTimelinePlans(db, patientId).map((r): TimelineEntry => ({
            kind: 'plan',
            id: r.id,
            at: r.at,
            date: r.planDate,
            version: r.version,
            status: r.status,
            title: r.title,
            therapist: r.therapist,
            summary: planSummary(patientId, r, frozen),
          })),
          ...history.listTimelineHandouts(db, patientId).map((r): TimelineEntry => handoutEntry(r)),
          ...history.listTimelineSessions(db, patientId).map((r): TimelineEntry => ({
            kind: 'session',
            id: r.id,
            at: r.at,
            date: r.sessionDate,
            status: r.status,
            therapist: r.therapist,
            summary: sessionSummary(r),
          })),
        ];
        // Newest first by the date it is about; the moment it was saved breaks ties.
        entries.sort((x, y) =>
          x.date === y.date ? (x.at < y.at ? 1 : x.at > y.at ? -1 : 0) : x.date < y.date ? 1 : -1,
        );
        return { entries, audit: listAuditForPatient(db, patientId) };
      })(),

    'history.compare': ({ fromId, toId }) =>
      db.transaction(() => {
        if (fromId === toId)
          throw new AppError('invalid-input', 'Choose two different versions to compare.', {
            toId: 'Choose a different version',
          });
        const from = plans.findPlan(db, fromId);
        const to = plans.findPlan(db, toId);
        if (!from || !to) throw notFound('plan');
        if (from.patientId !== to.patientId)
          throw new AppError(
            'invalid-input',
            'These two plans belong to different patients. Compare versions of one patient’s plan.',
          );
        return {
          from: ref(from),
          to: ref(to),
          changes: comparePlanVersions(versionView(ctx, from), versionView(ctx, to)),
        };
      })(),
  };
}
