import { AppError } from '../../shared/app-error.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { Patient } from '../../shared/domain/patient.ts';
import { MAX_RECORD_FILE_CHARS, type RecordExport } from '../../shared/domain/record-file.ts';
import { audited } from './audit.ts';
import { type ApiContext, mustFindPatient } from './context.ts';
import { listAuditForPatient } from '../db/repositories/audit.ts';
import { findCatalogueItems } from '../db/repositories/catalogue.ts';
import { isSeedId } from '../../shared/domain/catalogue.ts';
import * as handouts from '../db/repositories/handout-exports.ts';
import * as plans from '../db/repositories/plans.ts';
import { listSessionsForPatient } from '../db/repositories/sessions.ts';
import { catalogueIdsOf } from '../plans/snapshot.ts';
import {
  RECORD_FORMAT,
  RECORD_VERSION,
  type RecordHandout,
  type RecordPlan,
} from '../records/format.ts';
import { readRecordFile, recordChecksum, sha256Of } from '../records/read.ts';

/** A name part safe on every file system, keeping its capitals: "García" → "Garcia". */
function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/** "Okafor-Margaret-record-2026-11-24.jointplan.json" */
export function recordFileName(patient: Patient, today: string): string {
  const name = [fileNamePart(patient.familyName), fileNamePart(patient.givenName)]
    .filter(Boolean)
    .join('-');
  return `${name || 'Patient'}-record-${today}.jointplan.json`;
}

function exportPlans(ctx: ApiContext, patientId: string): RecordPlan[] {
  return plans
    .listPlansForPatient(ctx.db, patientId)
    .reverse()
    .map((summary) => {
      const plan = plans.findPlan(ctx.db, summary.id);
      if (!plan) throw new Error(`Plan ${summary.id} vanished during export`);
      return {
        id: plan.id,
        version: plan.version,
        previousId: plan.previousId,
        status: plan.status,
        content: plan.content,
        createdAt: plan.createdAt,
        updatedAt: plan.updatedAt,
        finalisedAt: plan.finalisedAt,
        finalisedBy: plan.finalisedBy,
        changeSummary: plans.findChangeSummary(ctx.db, plan.id),
        snapshot: plans.findSnapshot(ctx.db, plan.id)?.json ?? null,
        snapshotSha256: plan.snapshotSha256,
      };
    });
}

/** Each handout's print options, with the clinic logo kept once by its hash. */
function exportHandouts(ctx: ApiContext, planIds: readonly string[]) {
  const logos: Record<string, string> = {};
  const records: RecordHandout[] = [];
  for (const planId of planIds) {
    for (const summary of handouts.listHandoutExports(ctx.db, planId).reverse()) {
      const saved = handouts.findHandoutExport(ctx.db, summary.id);
      if (!saved) continue;
      const { logoBase64, ...clinic } = saved.options.clinic;
      const logoSha256 = logoBase64 === null ? null : sha256Of(Buffer.from(logoBase64, 'base64'));
      if (logoSha256 !== null && logoBase64 !== null) logos[logoSha256] = logoBase64;
      records.push({
        id: saved.id,
        planId: saved.planId,
        createdAt: saved.createdAt,
        sha256: saved.sha256,
        options: { ...saved.options, clinic: { ...clinic, logoSha256 } },
      });
    }
  }
  return { logos, records };
}

/**
 * The patient's whole record as one self-checking file. It is read back through the same
 * checks an import makes before it is handed over, so a file that would not import is never
 * given out.
 */
export function exportRecord(
  ctx: ApiContext,
  patientId: string,
  protectedFile = false,
): RecordExport {
  const { db } = ctx;
  const p = mustFindPatient(ctx, patientId);
  const planRecords = exportPlans(ctx, patientId);
  const { logos, records: handoutExports } = exportHandouts(
    ctx,
    planRecords.filter((plan) => plan.status !== 'draft').map((plan) => plan.id),
  );
  const ownItemIds = planRecords.flatMap((plan) => catalogueIdsOf(plan.content));
  const catalogue = Object.fromEntries(
    findCatalogueItems(
      db,
      ownItemIds.filter((id) => !isSeedId(id)),
    ).map((i) => [i.id, i.content]),
  );
  const file = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
    patient: {
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      preferredName: p.preferredName,
      dateOfBirth: p.dateOfBirth,
      chartNumber: p.chartNumber,
      diagnosis: p.diagnosis,
      diseaseStage: p.diseaseStage,
      affectedJoints: p.affectedJoints,
      phone: p.phone,
      notes: p.notes,
      handoutLanguage: p.handoutLanguage,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      archivedAt: p.archivedAt,
    },
    plans: planRecords,
    // oldest first; the record carries no patient id per session (it is the file's patient)
    sessions: listSessionsForPatient(db, patientId)
      .reverse()
      .map(({ patientId: _patientId, ...session }) => session),
    handoutExports,
    logos,
    catalogue,
    // oldest first, as the trail was written; -1: every record (SQLite's "no limit")
    audit: listAuditForPatient(db, patientId, -1)
      .reverse()
      .map(({ seq: _seq, ...record }) => record),
  };
  const text = canonicalJson({ ...file, sha256: recordChecksum(file) });
  if (text.length > MAX_RECORD_FILE_CHARS) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    throw new AppError(
      'invalid-input',
      `This record is too large to export as one file (${mb(text.length)} MB; the limit is ${mb(MAX_RECORD_FILE_CHARS)} MB).`,
    );
  }
  try {
    readRecordFile(text);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(
      'internal',
      `This record could not be exported: it does not pass JointPlan's own checks (${error.message})`,
    );
  }
  // The record is leaving this computer: the trail says so (the file holds the trail before it).
  audited(ctx, (note) =>
    note({
      patientId,
      entity: 'patient',
      entityId: patientId,
      action: 'exported',
      summary: protectedFile
        ? 'Exported the whole record to a file protected with a passphrase'
        : 'Exported the whole record to a file without protection',
    }),
  );
  return { fileName: recordFileName(p, ctx.today()), text };
}
