import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { PatientFields } from '../../shared/domain/patient.ts';
import * as patients from '../db/repositories/patients.ts';
import { audited, type ChangeRecord } from './audit.ts';
import { mustFindPatient, notFound, type ApiContext } from './context.ts';

type PatientMethods = Pick<
  AppApi,
  | 'patients.search'
  | 'patients.get'
  | 'patients.create'
  | 'patients.update'
  | 'patients.archive'
  | 'patients.restore'
  | 'patients.delete'
>;

/** Field names for the trail: it says what was changed, never the values. */
const FIELD_WORDS: Record<keyof PatientFields, string> = {
  givenName: 'given name',
  familyName: 'family name',
  preferredName: 'preferred name',
  dateOfBirth: 'date of birth',
  chartNumber: 'chart number',
  diagnosis: 'diagnosis',
  diseaseStage: 'disease stage',
  affectedJoints: 'affected joints',
  phone: 'phone',
  notes: 'notes',
  handoutLanguage: 'handout language',
};

function changedFields(before: PatientFields, after: PatientFields): string {
  const keys = Object.keys(FIELD_WORDS) as (keyof PatientFields)[];
  const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return changed.length === 0
    ? 'Saved details (no changes)'
    : `Changed ${changed.map((k) => FIELD_WORDS[k]).join(', ')}`;
}

/** A record about the patient themselves (not one of their plans or sessions). */
const about = (id: string, action: string, summary: string): ChangeRecord => ({
  patientId: id,
  entity: 'patient',
  entityId: id,
  action,
  summary,
});

export function patientMethods(ctx: ApiContext): PatientMethods {
  const { db } = ctx;

  function assertChartNumberFree(fields: PatientFields, ownId: string | null): void {
    if (fields.chartNumber === null) return;
    const holder = patients.findIdByChartNumber(db, fields.chartNumber);
    if (holder !== null && holder !== ownId) {
      const other = mustFindPatient(ctx, holder);
      const message = `Chart number ${fields.chartNumber} already belongs to ${other.givenName} ${other.familyName}`;
      throw new AppError('conflict', message, { chartNumber: message });
    }
  }

  return {
    'patients.search': (input) => patients.searchPatients(db, input),

    'patients.get': ({ id }) => mustFindPatient(ctx, id),

    'patients.create': ({ patient }) => {
      const id = ctx.newId();
      audited(ctx, (note) => {
        assertChartNumberFree(patient, null);
        patients.insertPatient(db, id, patient, ctx.now());
        note(about(id, 'created', 'Added patient'));
      });
      return mustFindPatient(ctx, id);
    },

    'patients.update': ({ id, patient }) => {
      audited(ctx, (note) => {
        const before = mustFindPatient(ctx, id);
        assertChartNumberFree(patient, id);
        patients.updatePatient(db, id, patient, ctx.now());
        note(about(id, 'updated', changedFields(before, patient)));
      });
      return mustFindPatient(ctx, id);
    },

    'patients.archive': ({ id }) => {
      audited(ctx, (note) => {
        if (mustFindPatient(ctx, id).archivedAt !== null) return;
        const at = ctx.now();
        patients.setArchived(db, id, at, at);
        note(about(id, 'archived', 'Archived'));
      });
      return mustFindPatient(ctx, id);
    },

    'patients.restore': ({ id }) => {
      audited(ctx, (note) => {
        if (mustFindPatient(ctx, id).archivedAt === null) return;
        patients.setArchived(db, id, null, ctx.now());
        note(about(id, 'restored', 'Restored from the archive'));
      });
      return mustFindPatient(ctx, id);
    },

    'patients.delete': ({ id }) => {
      audited(ctx, (note) => {
        if (!patients.deletePatient(db, id)) throw notFound('patient');
        // The trail has no foreign key: this record outlives the patient it is about.
        note(about(id, 'deleted', 'Deleted permanently, with all plans and sessions'));
      });
      return { deleted: true };
    },
  };
}
