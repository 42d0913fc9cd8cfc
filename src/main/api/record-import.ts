import { AppError } from '../../shared/app-error.ts';
import { isSeedId, type CatalogueContent } from '../../shared/domain/catalogue.ts';
import { formatDate } from '../../shared/domain/dates.ts';
import type { Patient } from '../../shared/domain/patient.ts';
import { planSnapshotSchema } from '../../shared/domain/plan-snapshot.ts';
import type { RecordConflict, RecordPreview } from '../../shared/domain/record-file.ts';
import { audited, type NoteChange } from './audit.ts';
import { type ApiContext, mustFindPatient } from './context.ts';
import { appendAudit } from '../db/repositories/audit.ts';
import * as catalogue from '../db/repositories/catalogue.ts';
import { insertHandoutExport } from '../db/repositories/handout-exports.ts';
import * as patients from '../db/repositories/patients.ts';
import { anyIdTaken, insertDraft, settleImportedPlan } from '../db/repositories/plans.ts';
import { insertImportedSession } from '../db/repositories/sessions.ts';
import { catalogueIdsOf } from '../plans/snapshot.ts';
import type { RecordFile } from '../records/format.ts';
import { checkCatalogueKinds, readRecordFile, refuse } from '../records/read.ts';

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/**
 * The catalogue items the record's plans name that this computer lacks. The therapist's own
 * items (UUIDs) come with the record, or from a frozen snapshot, and are added as retired
 * items so every plan reads as it did. A shipped item this copy of JointPlan does not know
 * means the record came from a newer version, and is refused rather than changed.
 */
function missingCatalogue(ctx: ApiContext, file: RecordFile): Map<string, CatalogueContent> {
  const named = [...new Set(file.plans.flatMap((p) => catalogueIdsOf(p.content)))];
  const hereItems = new Map(catalogue.findCatalogueItems(ctx.db, named).map((i) => [i.id, i]));
  const here = new Set(hereItems.keys());
  const fromSnapshots = new Map<string, CatalogueContent>();
  for (const plan of file.plans) {
    if (plan.snapshot === null) continue;
    // Checked already by readRecordFile; parsed again here for its typed value.
    const snapshot = planSnapshotSchema.parse(JSON.parse(plan.snapshot));
    for (const [id, content] of Object.entries(snapshot.catalogue)) fromSnapshots.set(id, content);
  }
  const missing = new Map<string, CatalogueContent>();
  for (const id of named.filter((n) => !here.has(n))) {
    if (isSeedId(id))
      throw refuse(
        `This record uses a catalogue item (${id}) that this copy of JointPlan does not have. Update JointPlan on this computer, then import the record again.`,
      );
    const content = file.catalogue[id] ?? fromSnapshots.get(id);
    if (!content)
      throw refuse(
        'A plan in this record names a catalogue item that is neither on this computer nor in the record.',
      );
    missing.set(id, content);
  }
  checkCatalogueKinds(file, (id) => (hereItems.get(id)?.content ?? missing.get(id))?.kind);
  return missing;
}

function conflictOf(ctx: ApiContext, file: RecordFile): RecordConflict | null {
  const same = patients.findPatient(ctx.db, file.patient.id);
  if (same)
    return { kind: 'same-record', existingPatientId: same.id, existingName: fullName(same) };
  const chart = file.patient.chartNumber;
  const holder = chart === null ? null : patients.findIdByChartNumber(ctx.db, chart);
  if (chart === null || holder === null) return null;
  const other = mustFindPatient(ctx, holder);
  return {
    kind: 'chart-number',
    chartNumber: chart,
    existingPatientId: holder,
    existingName: fullName(other),
  };
}

export function inspectRecord(ctx: ApiContext, text: string): RecordPreview {
  const file = readRecordFile(text);
  const newCatalogueItems = missingCatalogue(ctx, file).size;
  return {
    givenName: file.patient.givenName,
    familyName: file.patient.familyName,
    chartNumber: file.patient.chartNumber,
    dateOfBirth: file.patient.dateOfBirth,
    exportedAt: file.exportedAt,
    plans: file.plans.length,
    sessions: file.sessions.length,
    handouts: file.handoutExports.length,
    newCatalogueItems,
    conflict: conflictOf(ctx, file),
  };
}

function writeRecord(
  ctx: ApiContext,
  note: NoteChange,
  file: RecordFile,
  chartNumber: string | null,
): void {
  const { db } = ctx;
  const now = ctx.now();
  const { id: patientId, createdAt, updatedAt, archivedAt, ...fields } = file.patient;
  for (const [id, content] of missingCatalogue(ctx, file)) {
    catalogue.insertCatalogueItem(db, { id, content, fromSeed: false, seedVersion: null }, now);
    catalogue.setCatalogueRetired(db, id, now, now);
  }
  patients.insertPatient(db, patientId, { ...fields, chartNumber }, now);
  patients.setPatientDates(db, patientId, { createdAt, updatedAt, archivedAt });
  // In version order, each inserted as a draft and then frozen, as the app itself makes them.
  for (const plan of [...file.plans].sort((a, b) => a.version - b.version)) {
    const { id, version, previousId, content } = plan;
    insertDraft(db, { id, patientId, version, previousId, content }, now);
    settleImportedPlan(db, plan);
  }
  for (const session of file.sessions) insertImportedSession(db, { ...session, patientId });
  for (const h of file.handoutExports) {
    const { fontSet, safety, clinic: stored, ...print } = h.options;
    const { logoSha256, ...clinic } = stored;
    const logoBase64 = logoSha256 === null ? null : (file.logos[logoSha256] ?? null);
    // A handout made before font sets existed stays without one, as it was stored.
    const options = {
      ...print,
      ...(fontSet === undefined ? {} : { fontSet }),
      ...(safety === undefined ? {} : { safety }),
      clinic: { ...clinic, logoBase64 },
    };
    insertHandoutExport(db, { id: h.id, planId: h.planId, options, sha256: h.sha256 }, h.createdAt);
  }
  // The trail from the other computer first, as it was written, then this import.
  for (const record of file.audit) appendAudit(db, { ...record, patientId });
  const exported = formatDate(file.exportedAt.slice(0, 10));
  const chartNote = chartNumber === file.patient.chartNumber ? '' : ', with a new chart number';
  const change = (entity: 'patient' | 'plan' | 'session', entityId: string, summary: string) =>
    note({ patientId, entity, entityId, action: 'imported', summary });
  change('patient', patientId, `Imported from a record file exported on ${exported}${chartNote}`);
  for (const plan of file.plans)
    change('plan', plan.id, `Imported version ${plan.version} (${plan.status})`);
  for (const s of file.sessions) change('session', s.id, `Imported session of ${s.sessionDate}`);
}

/**
 * Imports a record in one transaction: all of it, or (on any problem) nothing. The same
 * patient already here is refused; so is a chart number another patient holds, unless the
 * caller gives a different one or null to import without one.
 */
export function importRecord(
  ctx: ApiContext,
  text: string,
  chartNumber: string | null | undefined,
): Patient {
  const file = readRecordFile(text);
  const chosen = chartNumber === undefined ? file.patient.chartNumber : chartNumber;
  audited(ctx, (note) => {
    const same = patients.findPatient(ctx.db, file.patient.id);
    if (same)
      throw new AppError(
        'conflict',
        `This record is already here: ${fullName(same)}. Nothing was imported.`,
      );
    const ids = [
      ...file.plans.map((p) => p.id),
      ...file.sessions.map((s) => s.id),
      ...file.handoutExports.map((h) => h.id),
    ];
    if (anyIdTaken(ctx.db, ids))
      throw new AppError(
        'conflict',
        'Part of this record is already on this computer under another patient, so it was not imported.',
      );
    const holder = chosen === null ? null : patients.findIdByChartNumber(ctx.db, chosen);
    if (holder !== null) {
      const message = `Chart number ${chosen} already belongs to ${fullName(mustFindPatient(ctx, holder))}. Enter a different chart number, or import without one.`;
      throw new AppError('conflict', message, { chartNumber: message });
    }
    writeRecord(ctx, note, file, chosen);
  });
  return mustFindPatient(ctx, file.patient.id);
}
