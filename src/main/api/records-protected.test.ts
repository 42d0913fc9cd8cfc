import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import {
  buildFullRecord,
  prepareMachine,
  type FullRecord,
} from '../../test-support/test-record.ts';

let here: ApiHarness;
let there: ApiHarness;
let record: FullRecord;
let dir: string;
const PASSPHRASE = 'correct horse battery staple';

const counts = (h: ApiHarness) =>
  Object.fromEntries(
    ['patients', 'plans', 'sessions', 'handout_exports', 'audit_log', 'catalogue_items'].map(
      (t) => [t, (h.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n],
    ),
  );

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'jointplan-protected-'));
  here = await openApiHarness(new Date('2026-03-02T09:00:00.000Z'));
  there = await openApiHarness(new Date('2026-11-24T14:00:00.000Z'));
  await prepareMachine(here, 'Riverside Hand Therapy');
  await prepareMachine(there, 'Northgate Clinic');
  record = await buildFullRecord(here);
});
afterEach(() => {
  here.close();
  there.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The protected export, saved as a real file and read back as the window would. */
async function exportProtected(): Promise<string> {
  const made = await here.ok('records.export', {
    patientId: record.patient.id,
    protection: { passphrase: PASSPHRASE },
  });
  const file = path.join(dir, made.fileName);
  writeFileSync(file, made.text);
  return readFileSync(file, 'utf8');
}

describe('a record protected with a passphrase', () => {
  it('holds no patient text, and imports whole with its passphrase', async () => {
    const text = await exportProtected();
    for (const secret of ['Okafor', 'Margaret', 'RH-1001', record.patient.notes]) {
      if (secret) expect(text, secret).not.toContain(secret);
    }
    const plain = await here.ok('records.export', {
      patientId: record.patient.id,
      protection: { unprotected: true },
    });
    expect(plain.text).toContain('Okafor');

    await expect(there.failure('records.inspect', { text })).resolves.toMatchObject({
      code: 'invalid-input',
      fields: { passphrase: expect.stringMatching(/protected with a passphrase/) },
    });
    const preview = await there.ok('records.inspect', { text, passphrase: PASSPHRASE });
    expect(preview).toMatchObject({ familyName: 'Okafor', chartNumber: 'RH-1001', plans: 3 });
    const imported = await there.ok('records.import', { text, passphrase: PASSPHRASE });
    expect(imported.familyName).toBe('Okafor');
    const trail = here.db
      .prepare(`SELECT summary FROM audit_log WHERE action = 'exported' ORDER BY seq`)
      .all() as { summary: string }[];
    expect(trail.map((r) => r.summary)).toEqual([
      'Exported the whole record to a file protected with a passphrase',
      'Exported the whole record to a file without protection',
    ]);
  });

  it('a wrong passphrase, a changed or a cut-off file is refused and nothing changes', async () => {
    const text = await exportProtected();
    const before = counts(there);
    const wrong = await there.failure('records.import', { text, passphrase: 'wrong horse' });
    expect(wrong).toMatchObject({ code: 'invalid-input', message: /does not open this record/ });

    const file = JSON.parse(text) as { data: string; kdf: { salt: string } };
    const flipped = `${file.data.slice(0, 40)}${file.data[40] === 'A' ? 'B' : 'A'}${file.data.slice(41)}`;
    const changed = {
      'a changed byte': text.replace(file.data, flipped),
      'cut off': text.slice(0, Math.floor(text.length / 2)),
      'a changed header': text.replace(file.kdf.salt, 'f'.repeat(32)),
    };
    for (const [what, bad] of Object.entries(changed)) {
      const error = await there.failure('records.import', { text: bad, passphrase: PASSPHRASE });
      expect(error.code, what).toBe('invalid-input');
      expect(error.message, what).toMatch(/changed or damaged|does not open/);
    }
    expect(counts(there)).toEqual(before);
  });

  it('is not made with a short passphrase, nor unprotected without confirming', async () => {
    expect(
      await here.failure('records.export', {
        patientId: record.patient.id,
        protection: { passphrase: 'short' },
      }),
    ).toMatchObject({ code: 'invalid-input' });
    expect(
      await here.failure('records.export', {
        patientId: record.patient.id,
        protection: { unprotected: false },
      }),
    ).toMatchObject({ code: 'invalid-input' });
    expect(await here.failure('records.export', { patientId: record.patient.id })).toMatchObject({
      code: 'invalid-input',
    });
  });
});
