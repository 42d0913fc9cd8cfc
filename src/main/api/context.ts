import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../shared/app-error.ts';
import type { Patient } from '../../shared/domain/patient.ts';
import { findPatient } from '../db/repositories/patients.ts';
import type { HandoutRenderer } from '../handout/render-in-worker.ts';

/** What every use case needs: the database, the clock and a source of ids. */
export interface ApiContext {
  db: Database;
  dataDir: string;
  appVersion: string;
  /** Now, as an ISO timestamp. */
  now(): string;
  /** Today on the user's calendar, as YYYY-MM-DD. */
  today(): string;
  newId(): string;
  /** Draws a handout; a worker thread in the app, in-process where that is simpler. */
  renderHandout: HandoutRenderer;
}

export function notFound(what: string): AppError {
  return new AppError('not-found', `That ${what} no longer exists. It may have been deleted.`);
}

export function mustFindPatient(ctx: ApiContext, id: string): Patient {
  const patient = findPatient(ctx.db, id);
  if (!patient) throw notFound('patient');
  return patient;
}
