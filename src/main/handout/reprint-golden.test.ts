import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSnapshotSchema, type PlanSnapshot } from '../../shared/domain/plan-snapshot.ts';
import type { HandoutOptions } from './options.ts';
import { sealSnapshot } from '../plans/snapshot.ts';
import { renderHandout } from './render.ts';

/**
 * A plan finalised before the "Get help quickly" box and the shared splint lines (its snapshot
 * has no `safety`), and the SHA-256 of the handouts the app made from it then (at b0dde8b).
 * A reprint must give those very bytes, however the handout's wording has moved on since.
 */
// Read as the app reads a stored snapshot: through its schema, defaults and all.
const snapshot: PlanSnapshot = planSnapshotSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures', 'snapshot-before-safety.json'), 'utf8'),
  ),
);

const OPTIONS: HandoutOptions = {
  paper: 'A4',
  largePrint: false,
  clinic: {
    name: 'Riverside Hand Therapy',
    address: 'Outpatients, Level 2, Riverside Hospital, 12 Mill Lane, Northam NR4 7TJ',
    phone: '01603 555 0192',
    logo: null,
  },
  redMarkMinutes: 30,
  wearLog: true,
  // Made before layouts were recorded: its stored options name none, which means layout 1.
  layout: 1,
};

const sha256 = (pdf: Buffer) => createHash('sha256').update(pdf).digest('hex');

describe('a handout made before the safety review', () => {
  it('reprints byte for byte in standard print with its wear log', async () => {
    expect(snapshot.safety).toBeUndefined();
    expect(sha256(await renderHandout(sealSnapshot(snapshot), OPTIONS))).toBe(
      '9801e98592755f4e17237518bc8ebb806e02fa61d312d75a1f0b408dd337dea9',
    );
  });

  it('reprints byte for byte in large print', async () => {
    const large = { ...OPTIONS, largePrint: true, wearLog: false };
    expect(sha256(await renderHandout(sealSnapshot(snapshot), large))).toBe(
      '97f9107784a0cd7082f27aeeeb1445e0835be7316f8ec2085e6b435cfe91f5b8',
    );
  });

  it('keeps the old wording of an all-day schedule in a reprint', async () => {
    const continuous = structuredClone(snapshot);
    const splint = continuous.plan.content.orthoses[1];
    if (!splint) throw new Error('the fixture has two splints');
    splint.schedule.flare = { type: 'continuous' };
    const pdf = await renderHandout(sealSnapshot(continuous), { ...OPTIONS, wearLog: false });
    expect(sha256(pdf)).toBe('6dcdedb702a606f32e464badb2b5eb139b9303d93b4afbc62cda707a128c6a04');
  });
});

/**
 * The sample plan frozen as it was when layout 2 was current, and the SHA-256 of its layout-2
 * handouts then (at a7303cb, before layout 3 shortened the handout). Layout 2 is frozen in
 * layout-2/; these must never change.
 */
describe('a handout made with layout 2', () => {
  const layout2: PlanSnapshot = planSnapshotSchema.parse(
    JSON.parse(
      readFileSync(join(import.meta.dirname, 'fixtures', 'snapshot-layout-2.json'), 'utf8'),
    ),
  );
  const options: HandoutOptions = { ...OPTIONS, layout: 2 };
  it.each([
    [
      'A4, standard print, with the wear log',
      { ...options },
      '3c012198558c35fd836b75bb584a4631132b43cee799888d752eb56a3c10d561',
    ],
    [
      'A4, large print',
      { ...options, largePrint: true, wearLog: false },
      '918c64962c1cb1732ce0a47e4499fe2e5963fb1a51a50379296ff3589029b1ea',
    ],
    [
      'Letter',
      { ...options, paper: 'Letter' as const, wearLog: false },
      '2f40288f22cde9dc7ac73c8d270239c33345d0b5debd42e5f3b4e2071eab0139',
    ],
    [
      'the one-page sheet',
      { ...options, wearLog: false, sheet: 'one-page' as const },
      '87a84df3b259215e798d71bbbdd3c2c17e048964655219cc6106300f4c1ef574',
    ],
  ])('reprints byte for byte: %s', async (_name, variant, expected) => {
    expect(sha256(await renderHandout(sealSnapshot(layout2), variant))).toBe(expected);
  });
});
