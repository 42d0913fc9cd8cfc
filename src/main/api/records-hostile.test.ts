import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { MAX_RECORD_FILE_CHARS } from '../../shared/domain/record-file.ts';
import { recordChecksum, sha256Of } from '../records/read.ts';
import { buildFullRecord, prepareMachine } from '../../test-support/test-record.ts';
import { openApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- the table edits raw, untyped JSON */
type Raw = Record<string, any>;

let here: ApiHarness;
let there: ApiHarness;
let good: string;

beforeAll(async () => {
  here = await openApiHarness();
  there = await openApiHarness(new Date('2026-11-24T14:00:00.000Z'));
  await prepareMachine(here, 'Riverside Hand Therapy');
  await prepareMachine(there, 'Northgate Clinic');
  const { patient } = await buildFullRecord(here);
  good = (
    await here.ok('records.export', { patientId: patient.id, protection: { unprotected: true } })
  ).text;
});

afterAll(() => {
  here.close();
  there.close();
});

/** The good file, edited, with its checksum made right again: only deeper checks can catch it. */
function resealed(edit: (file: Raw) => void): string {
  const { sha256: _old, ...file } = JSON.parse(good) as Raw;
  edit(file);
  return canonicalJson({ ...file, sha256: recordChecksum(file) });
}

/** Edits a finalised version's frozen snapshot and gives it a matching fingerprint. */
function editSnapshot(file: Raw, index: number, edit: (snapshot: Raw) => void): void {
  const plan = file.plans[index];
  const snapshot = JSON.parse(plan.snapshot) as Raw;
  edit(snapshot);
  plan.snapshot = canonicalJson(snapshot);
  plan.snapshotSha256 = sha256Of(plan.snapshot);
}

const UNKNOWN_UUID = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';

const cases: [string, () => string, RegExp][] = [
  ['not JSON', () => 'Dear colleague, please find attached…', /not a JointPlan patient record/],
  ['a JSON list', () => '[1, 2, 3]', /not a JointPlan patient record/],
  [
    'another kind of file',
    () => resealed((f) => (f.format = 'jointplan-backup')),
    /not a JointPlan/,
  ],
  ['a newer format version', () => resealed((f) => (f.version = 2)), /newer version of JointPlan/],
  [
    'a format version that is text, not a number',
    () => resealed((f) => (f.version = '2')),
    /^This file is not a valid JointPlan patient record: its format version is not a whole number\.$/,
  ],
  [
    'a format version that is not a whole number',
    () => resealed((f) => (f.version = 0.5)),
    /not a valid JointPlan patient record/,
  ],
  [
    'an edit without a new checksum',
    () => good.replace('"Margaret"', '"Margarita"'),
    /changed or damaged since it was exported/,
  ],
  [
    'no checksum',
    () => JSON.stringify({ ...(JSON.parse(good) as Raw), sha256: undefined }),
    /changed or damaged/,
  ],
  [
    'an unknown field',
    () => resealed((f) => (f.extra = 1)),
    /something wrong in it: Unrecognized key/,
  ],
  [
    'an unknown field in the patient',
    () => resealed((f) => (f.patient.isAdmin = true)),
    /something wrong in it: patient/,
  ],
  [
    'a __proto__ key',
    () => good.replace('{', '{"__proto__":{"polluted":true},'),
    /field name JointPlan never writes/,
  ],
  [
    'a constructor key deep inside',
    () => resealed((f) => (f.patient.affectedJoints[0].constructor = 1)),
    /never writes/,
  ],
  ['absurd nesting', () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`, /nested too deeply/],
  [
    'more characters than a record may have',
    () => ' '.repeat(MAX_RECORD_FILE_CHARS + 1),
    /too large/,
  ],
  ['text that is not a string', () => 42 as unknown as string, /must be text/],
  [
    'a date of birth in 1850',
    () => resealed((f) => (f.patient.dateOfBirth = '1850-01-01')),
    /patient.dateOfBirth: Date of birth must be in 1900 or later/,
  ],
  [
    'a control character in a name',
    () => resealed((f) => (f.patient.familyName = 'Oka\u0007for')),
    /patient.familyName/,
  ],
  [
    'a lone surrogate in a name',
    () => resealed((f) => (f.patient.familyName = 'Oka\ud800for')),
    /patient.familyName: Family name has invalid text: a broken character \(U\+D800/,
  ],
  [
    'a lone surrogate in an audit summary',
    () => resealed((f) => (f.audit[0].summary = 'Edited \udc00')),
    /audit.0.summary: .*invalid text/,
  ],
  [
    'equipment in the splints list of a draft',
    () =>
      resealed(
        (f) =>
          (f.plans[2].content.orthoses[0].catalogueId =
            f.plans[2].content.equipment[0].catalogueId),
      ),
    /^Version 3: Splint 1 is not a splint or brace: the catalogue item "equipment\./,
  ],
  [
    'the therapist’s own splint in the equipment list of a draft',
    () =>
      resealed((f) =>
        f.plans[2].content.equipment.push({
          catalogueId: Object.keys(f.catalogue)[0],
          reason: null,
        }),
      ),
    /^Version 3: Equipment \d+ is not a piece of equipment: .* is from Splints and braces/,
  ],
  [
    'equipment in the splints list of a frozen version',
    () =>
      resealed((f) => {
        const equipmentId = f.plans[0].content.equipment[0].catalogueId;
        f.plans[0].content.orthoses[0].catalogueId = equipmentId;
        editSnapshot(f, 0, (s) => (s.plan.content.orthoses[0].catalogueId = equipmentId));
      }),
    /^Version 1's frozen copy: Splint 1 is not a splint or brace/,
  ],
  [
    'more logos than a record may hold',
    () =>
      resealed(
        (f) =>
          (f.logos = Object.fromEntries(
            Array.from({ length: 21 }, (_, i) => [sha256Of(String(i)), '']),
          )),
      ),
    /something wrong in it: logos: Too many logos/,
  ],
  [
    'a snapshot that does not match its fingerprint',
    () =>
      resealed((f) => (f.plans[0].snapshot = f.plans[0].snapshot.replace('Jo Bloggs', 'Jo Blogs'))),
    /Version 1's frozen copy does not match its fingerprint/,
  ],
  [
    'a snapshot rewritten with a new fingerprint',
    () => resealed((f) => editSnapshot(f, 1, (s) => (s.plan.content.title = 'Something else'))),
    /Version 2's frozen copy does not agree with the plan/,
  ],
  [
    'a snapshot for another patient',
    () => resealed((f) => editSnapshot(f, 0, (s) => (s.patient.id = UNKNOWN_UUID))),
    /frozen copy does not agree/,
  ],
  [
    'a snapshot with an extra field',
    () => resealed((f) => editSnapshot(f, 0, (s) => (s.plan.secret = 'x'))),
    /Version 1's frozen copy is not valid/,
  ],
  [
    'versions with a gap',
    () => resealed((f) => (f.plans[2].version = 5)),
    /do not run 1, 2, 3… without gaps/,
  ],
  [
    'a version pointing forward',
    () => resealed((f) => (f.plans[0].previousId = f.plans[1].id)),
    /follows a plan that is not an earlier version/,
  ],
  [
    'two active versions',
    () => resealed((f) => (f.plans[0].status = 'finalised')),
    /Version 1 should be superseded, not finalised/,
  ],
  [
    'a finalised version without its snapshot',
    () => resealed((f) => ((f.plans[1].snapshot = null), (f.plans[1].snapshotSha256 = null))),
    /frozen copy is missing/,
  ],
  [
    'a draft naming a catalogue item from a newer JointPlan',
    () =>
      resealed((f) => (f.plans[2].content.orthoses[0].catalogueId = 'orthosis.from-the-future')),
    /catalogue item \(orthosis.from-the-future\) that this copy of JointPlan does not have/,
  ],
  [
    'a draft naming an own catalogue item the record lacks',
    () => resealed((f) => (f.plans[2].content.orthoses[0].catalogueId = UNKNOWN_UUID)),
    /neither on this computer nor in the record/,
  ],
  [
    'a handout of the draft',
    () => resealed((f) => (f.handoutExports[0].planId = f.plans[2].id)),
    /handout .* not finalised/,
  ],
  [
    'a damaged logo',
    () =>
      resealed((f) => {
        const [hash] = Object.keys(f.logos);
        f.logos[hash as string] = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAAC';
      }),
    /clinic logo in this record is damaged/,
  ],
  [
    'a session naming a plan not in the record',
    () => resealed((f) => (f.sessions[0].planId = UNKNOWN_UUID)),
    /names a plan that is not in this record/,
  ],
  [
    'a recorded session with no time recorded',
    () => resealed((f) => (f.sessions[0].recordedAt = null)),
    /inconsistent about being recorded/,
  ],
  [
    'a session sharing a plan id',
    () => resealed((f) => (f.sessions[0].id = f.plans[0].id)),
    /share an id/,
  ],
  [
    'an audit record of an unknown kind',
    () => resealed((f) => (f.audit[0].entity = 'database')),
    /something wrong in it: audit.0.entity/,
  ],
];

const rowCounts = () =>
  [
    'patients',
    'plans',
    'plan_items',
    'sessions',
    'handout_exports',
    'audit_log',
    'catalogue_items',
  ].map((t) => (there.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n);

describe('a malformed or hostile record file', () => {
  it('is accepted when untouched (the table below edits this file)', async () => {
    expect((await there.ok('records.inspect', { text: good })).conflict).toBeNull();
  });

  it.each(cases)('is refused: %s', async (_name, make, message) => {
    const text = make();
    const before = rowCounts();
    for (const method of ['records.inspect', 'records.import'] as const) {
      const error = await there.failure(method, { text });
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
    }
    expect(rowCounts()).toEqual(before);
    expect(({} as Raw).polluted).toBeUndefined();
  });
});
