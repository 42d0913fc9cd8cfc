import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { Patient, PatientFields } from '../../shared/domain/patient.ts';
import * as patients from '../db/repositories/patients.ts';
import { notFound, type ApiContext } from './context.ts';

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

export function mustFindPatient(ctx: ApiContext, id: string): Patient {
  const patient = patients.findPatient(ctx.db, id);
  if (!patient) throw notFound('patient');
  return patient;
}

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
      db.transaction(() => {
        assertChartNumberFree(patient, null);
        patients.insertPatient(db, id, patient, ctx.now());
      })();
      return mustFindPatient(ctx, id);
    },

    'patients.update': ({ id, patient }) => {
      db.transaction(() => {
        mustFindPatient(ctx, id);
        assertChartNumberFree(patient, id);
        patients.updatePatient(db, id, patient, ctx.now());
      })();
      return mustFindPatient(ctx, id);
    },

    'patients.archive': ({ id }) => {
      const patient = mustFindPatient(ctx, id);
      if (patient.archivedAt !== null) return patient;
      const at = ctx.now();
      patients.setArchived(db, id, at, at);
      return mustFindPatient(ctx, id);
    },

    'patients.restore': ({ id }) => {
      const patient = mustFindPatient(ctx, id);
      if (patient.archivedAt === null) return patient;
      patients.setArchived(db, id, null, ctx.now());
      return mustFindPatient(ctx, id);
    },

    'patients.delete': ({ id }) => {
      if (!patients.deletePatient(db, id)) throw notFound('patient');
      return { deleted: true };
    },
  };
}
