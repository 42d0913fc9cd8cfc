import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { PACK_DICTIONARY_1 } from './pack-dictionary.ts';
import { packPlan, unpackPlan } from './packed-plan.ts';
import type { ItemRow } from './repositories/plan-content.ts';

it('keeps dictionary 1 exactly as shipped: every plan packed with it needs these bytes', () => {
  expect(createHash('sha256').update(PACK_DICTIONARY_1).digest('hex')).toBe(
    '472ba51607f3c8b6e28bbdfc7f657f7eb50addd928f61557d60848f8fa7bcf36',
  );
});

const items: ItemRow[] = [
  {
    section: 'goal',
    position: 0,
    catalogue_id: null,
    data: '{"text":"Open jars\\nsafely 🫙","icfCode":null}',
  },
  {
    section: 'orthosis',
    position: 0,
    catalogue_id: 'orthosis.resting-hand',
    data: '{"notes":"Zoë «nuit» 手"}',
  },
  { section: 'equipment', position: 1, catalogue_id: 'equipment.tap-turner', data: '{}' },
];

it.each([
  ['canonical JSON', '{"a":1,"b":"Müller"}'],
  ['JSON in the order an early version wrote it', '{"b":"x","a":[1,2,{"z":null,"y":"\\u0007"}]}'],
  ['text in any script, with white space kept', '{ "name" : "أمينة 𝒜 ﷺ\\n" }'],
  ['an empty-looking value', '{}'],
])('reads back %s byte for byte, with the items as written', (_name, snapshot) => {
  for (const list of [items, []]) {
    const back = unpackPlan(
      packPlan({ snapshot, affectedJoints: '[]', rest: '{"energyPs":null}', items: list }),
    );
    expect(back.snapshot).toBe(snapshot);
    expect(back.items).toEqual(list);
  }
});

it('stores a real-sized snapshot in a fraction of its size', () => {
  // Catalogue entries as a snapshot freezes them: the text the dictionary holds.
  const snapshot = `{"catalogue":{${PACK_DICTIONARY_1.slice(12_000, 20_000)}}}`;
  expect(packPlan({ snapshot, affectedJoints: '[]', rest: '{}', items }).length).toBeLessThan(
    snapshot.length / 4,
  );
});

it('refuses a form it does not know, and lengths that do not add up, rather than guess', () => {
  const packed = packPlan({ snapshot: '{"a":1}', affectedJoints: '[]', rest: '{}', items });
  expect(() => unpackPlan(Buffer.concat([Buffer.of(9), packed.subarray(1)]))).toThrow(
    /cannot read \(9\)/,
  );
  const text = '{"snapshot":3,"affectedJoints":0,"rest":0,"items":[]}\n{"a":1}';
  const damaged = Buffer.concat([
    Buffer.of(1),
    deflateRawSync(Buffer.from(text), { dictionary: Buffer.from(PACK_DICTIONARY_1) }),
  ]);
  expect(() => unpackPlan(damaged)).toThrow(/damaged/);
});
