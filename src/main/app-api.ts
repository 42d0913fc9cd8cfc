import type { Database } from 'better-sqlite3';
import type { AppApi } from '../shared/api.ts';
import { AppError } from '../shared/app-error.ts';
import type { Patient, PatientFields } from '../shared/domain/patient.ts';
import { schemaVersion } from './db/migrate.ts';
import * as patients from './db/repositories/patients.ts';

export interface AppDeps {
  db: Database;
  dataDir: string;
  appVersion: string;
  clock?: () => Date;
  newId?: () => string;
}

/**
 * The app's use cases, independent of how they are called: Electron binds this object to
 * IPC and the web host binds the very same object to HTTP. Input arrives already validated.
 */
export function createAppApi(deps: AppDeps): AppApi {
  const { db } = deps;
  const now = () => (deps.clock ?? (() => new Date()))().toISOString();
  const newId = deps.newId ?? (() => crypto.randomUUID());

  function mustFind(id: string): Patient {
    const patient = patients.findPatient(db, id);
    if (!patient)
      throw new AppError('not-found', 'That patient no longer exists. They may have been deleted.');
    return patient;
  }

  function assertChartNumberFree(fields: PatientFields, ownId: string | null): void {
    if (fields.chartNumber === null) return;
    const holder = patients.findIdByChartNumber(db, fields.chartNumber);
    if (holder !== null && holder !== ownId) {
      const other = mustFind(holder);
      const message = `Chart number ${fields.chartNumber} already belongs to ${other.givenName} ${other.familyName}`;
      throw new AppError('conflict', message, { chartNumber: message });
    }
  }

  return {
    'app.info': () => ({
      version: deps.appVersion,
      dataDir: deps.dataDir,
      schemaVersion: schemaVersion(db),
    }),

    'patients.search': (input) => patients.searchPatients(db, input),

    'patients.get': ({ id }) => mustFind(id),

    'patients.create': ({ patient }) => {
      const id = newId();
      db.transaction(() => {
        assertChartNumberFree(patient, null);
        patients.insertPatient(db, id, patient, now());
      })();
      return mustFind(id);
    },

    'patients.update': ({ id, patient }) => {
      db.transaction(() => {
        mustFind(id);
        assertChartNumberFree(patient, id);
        patients.updatePatient(db, id, patient, now());
      })();
      return mustFind(id);
    },

    'patients.archive': ({ id }) => {
      const patient = mustFind(id);
      if (patient.archivedAt !== null) return patient;
      const at = now();
      patients.setArchived(db, id, at, at);
      return mustFind(id);
    },

    'patients.restore': ({ id }) => {
      const patient = mustFind(id);
      if (patient.archivedAt === null) return patient;
      patients.setArchived(db, id, null, now());
      return mustFind(id);
    },

    'patients.delete': ({ id }) => {
      if (!patients.deletePatient(db, id)) {
        throw new AppError(
          'not-found',
          'That patient no longer exists. They may have been deleted.',
        );
      }
      return { deleted: true };
    },
  };
}
