import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPatientInput } from '../../shared/domain/patient.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { listAuditForPatient } from '../db/repositories/audit.ts';
import { recordChecksum } from '../records/read.ts';
import {
  buildFullRecord,
  prepareMachine,
  type FullRecord,
} from '../../test-support/test-record.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

// Two harnesses are two computers: separate database files, clocks and catalogues.
let here: ApiHarness;
let there: ApiHarness;
let record: FullRecord;
let text: string;

const rowCounts = (h: ApiHarness) =>
  Object.fromEntries(
    [
      'patients',
      'plans',
      'plan_items',
      'sessions',
      'handout_exports',
      'audit_log',
      'catalogue_items',
    ].map((t) => [t, (h.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );

beforeEach(async () => {
  here = await openApiHarness(new Date('2026-03-02T09:00:00.000Z'));
  there = await openApiHarness(new Date('2026-11-24T14:00:00.000Z'));
  await prepareMachine(here, 'Riverside Hand Therapy');
  await prepareMachine(there, 'Northgate Clinic');
  record = await buildFullRecord(here);
  here.clock.now = new Date('2026-11-24T10:00:00.000Z');
  const exported = await here.ok('records.export', {
    patientId: record.patient.id,
    protection: { unprotected: true },
  });
  expect(exported.fileName).toBe('Okafor-Margaret-record-2026-11-24.jointplan.json');
  text = exported.text;
});

afterEach(() => {
  here.close();
  there.close();
});

describe('moving a record to another computer', () => {
  it('shows what the file holds before importing it', async () => {
    expect(await there.ok('records.inspect', { text })).toEqual({
      givenName: 'Margaret',
      familyName: 'Okafor',
      chartNumber: 'RH-1001',
      dateOfBirth: '1956-03-03',
      exportedAt: '2026-11-24T10:00:00.000Z',
      plans: 3,
      sessions: 1,
      handouts: 2,
      newCatalogueItems: 1,
      conflict: null,
    });
  });

  it('brings every version, draft, session and handout across, and reprints byte for byte', async () => {
    const imported = await there.ok('records.import', { text });
    expect(imported).toEqual(record.patient);

    expect(await there.ok('plans.list', { patientId: imported.id })).toEqual(
      await here.ok('plans.list', { patientId: imported.id }),
    );
    for (const plan of record.plans) {
      expect(await there.ok('plans.get', { id: plan.id })).toEqual(plan);
    }
    expect(record.plans.map((p) => p.status)).toEqual(['superseded', 'finalised', 'draft']);
    // the frozen versions stay frozen on the new computer
    expect(() =>
      there.db.prepare("UPDATE plans SET title = 'x' WHERE id = ?").run(record.plans[0]?.id),
    ).toThrow(/finalised plan cannot be changed/);

    expect(await there.ok('sessions.get', { id: record.sessionId })).toEqual(
      await here.ok('sessions.get', { id: record.sessionId }),
    );

    for (const [i, id] of record.handoutIds.entries()) {
      const planId = record.plans[i]?.id ?? '';
      expect(await there.ok('handouts.list', { planId })).toEqual(
        await here.ok('handouts.list', { planId }),
      );
      const original = await here.ok('handouts.reprint', { id });
      const reprinted = await there.ok('handouts.reprint', { id });
      expect(reprinted.sha256).toBe(original.sha256);
      expect(reprinted.pdfBase64).toBe(original.pdfBase64);
    }

    // the therapist's own splint came along, retired, so the draft still reads as it did
    expect(await there.ok('catalogue.get', { id: record.ownItemId })).toMatchObject({
      content: { name: 'Custom thumb spica' },
      fromSeed: false,
      retiredAt: '2026-11-24T14:00:00.000Z',
    });
  });

  it('keeps the trail from the other computer and records the import', async () => {
    const before = listAuditForPatient(here.db, record.patient.id, -1);
    await there.ok('records.import', { text });
    const after = listAuditForPatient(there.db, record.patient.id, -1);
    const imported = after.filter((r) => r.action === 'imported');
    expect(imported.map((r) => r.summary)).toEqual([
      'Imported session of 2026-03-02',
      'Imported version 3 (draft)',
      'Imported version 2 (finalised)',
      'Imported version 1 (superseded)',
      'Imported from a record file exported on 24 Nov 2026',
    ]);
    expect(imported.every((r) => r.at === '2026-11-24T14:00:00.000Z')).toBe(true);
    // the export itself is on the first computer's trail, not in the file it wrote
    expect(before[0]).toMatchObject({
      action: 'exported',
      summary: 'Exported the whole record to a file without protection',
      at: '2026-11-24T10:00:00.000Z',
    });
    const strip = ({ seq: _seq, ...r }: (typeof before)[number]) => r;
    expect(after.slice(imported.length).map(strip)).toEqual(before.slice(1).map(strip));
    expect(before.length).toBeGreaterThan(5);
  });

  it('says the record is already here, and changes nothing', async () => {
    const preview = await here.ok('records.inspect', { text });
    expect(preview.conflict).toEqual({
      kind: 'same-record',
      existingPatientId: record.patient.id,
      existingName: 'Margaret Okafor',
    });
    const counts = rowCounts(here);
    const error = await here.failure('records.import', { text, chartNumber: 'NEW-1' });
    expect(error).toMatchObject({ code: 'conflict', message: /already here: Margaret Okafor/ });
    expect(rowCounts(here)).toEqual(counts);
  });

  it('refuses a copy whose plans are already here under another patient', async () => {
    await there.ok('records.import', { text });
    const { sha256: _sha, ...file } = JSON.parse(text) as Record<string, unknown>;
    // another patient holding just the draft, whose id is now taken here
    const draft = { ...(file.plans as object[])[2], version: 1, previousId: null };
    const copy = {
      ...file,
      patient: { ...(file.patient as object), id: crypto.randomUUID() },
      plans: [draft],
      sessions: [],
      handoutExports: [],
    };
    const counts = rowCounts(there);
    const error = await there.failure('records.import', {
      text: canonicalJson({ ...copy, sha256: recordChecksum(copy) }),
      chartNumber: null,
    });
    expect(error).toMatchObject({ code: 'conflict', message: /already on this computer/ });
    expect(rowCounts(there)).toEqual(counts);
  });

  it('keeps an archived patient archived', async () => {
    await here.ok('patients.archive', { id: record.patient.id });
    const again = await here.ok('records.export', {
      patientId: record.patient.id,
      protection: { unprotected: true },
    });
    const imported = await there.ok('records.import', { text: again.text });
    expect(imported.archivedAt).toBe('2026-11-24T10:00:00.000Z');
  });
});

describe('a chart number already used on the other computer', () => {
  let holderId: string;

  beforeEach(async () => {
    const holder = await there.ok('patients.create', {
      patient: {
        ...emptyPatientInput(),
        givenName: 'Ada',
        familyName: 'Lovelace',
        chartNumber: 'rh-1001',
      },
    });
    holderId = holder.id;
  });

  it('is shown as a conflict and refused, never merged or duplicated', async () => {
    expect((await there.ok('records.inspect', { text })).conflict).toEqual({
      kind: 'chart-number',
      chartNumber: 'RH-1001',
      existingPatientId: holderId,
      existingName: 'Ada Lovelace',
    });
    const counts = rowCounts(there);
    const error = await there.failure('records.import', { text });
    expect(error).toMatchObject({
      code: 'conflict',
      message: /Chart number RH-1001 already belongs to Ada Lovelace/,
      fields: { chartNumber: expect.stringMatching(/different chart number/) },
    });
    expect(await there.failure('records.import', { text, chartNumber: 'RH-1001 ' })).toMatchObject({
      code: 'conflict',
    });
    expect(rowCounts(there)).toEqual(counts);
    expect((await there.ok('patients.get', { id: holderId })).chartNumber).toBe('rh-1001');
  });

  it('imports under a different chart number when one is given', async () => {
    const imported = await there.ok('records.import', { text, chartNumber: 'RH-2002' });
    expect(imported.chartNumber).toBe('RH-2002');
    const trail = listAuditForPatient(there.db, imported.id);
    expect(trail.find((r) => r.entity === 'patient' && r.action === 'imported')?.summary).toBe(
      'Imported from a record file exported on 24 Nov 2026, with a new chart number',
    );
  });

  it('imports without a chart number when asked', async () => {
    const imported = await there.ok('records.import', { text, chartNumber: null });
    expect(imported.chartNumber).toBeNull();
    expect((await there.ok('patients.get', { id: holderId })).chartNumber).toBe('rh-1001');
  });
});
